package fr.integrance.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.PostalCode;

/**
 * Accepting a demande de souscription makes the subscriber a member: the subscriber and
 * each dependant become persons, an individual contract is opened for the chosen plan
 * with the dependants and activated on the acceptance date (which allocates the member
 * number), and the member is invited by e-mail to activate their space. All in the
 * acceptance transaction: a refused value (a plan the catalogue lacks, an address the
 * platform does not accept) rolls the whole decision back.
 * <p>
 * A person's name requires a civility: a dependant's comes from the request (the public
 * form asks it); for a request sent before the form asked it, staff give it when
 * accepting ({@link Acceptance#dependantCivilities()}).
 */
@Component
class SubscriptionApplier implements CaseApplier {

	private final People people;

	private final IndividualContracts contracts;

	private final RequestIntake intake;

	private final CaseMails mails;

	SubscriptionApplier(People people, IndividualContracts contracts, RequestIntake intake, CaseMails mails) {
		this.people = people;
		this.contracts = contracts;
		this.intake = intake;
		this.mails = mails;
	}

	@Override
	public RequestType type() {
		return RequestType.SUBSCRIPTION;
	}

	@Override
	public Applied apply(RequestCase requestCase, UUID actor, Acceptance acceptance, LocalDate acceptedOn) {
		SubscriptionRequest request = intake.subscriptionPayload(requestCase);
		SubscriptionRequest.Subscriber subscriber = request.subscriber();
		SubscriptionRequest.Situation situation = request.situation();
		PersonId member = people.register(new NewPerson(
				PersonName.of(civility(subscriber.civility()), subscriber.lastName(), subscriber.firstName(),
						subscriber.birthName()),
				subscriber.birthDate(), null, EmailAddress.of(subscriber.email()), phone(subscriber.phone()),
				address(subscriber.address()), situation.familySituation(), situation.scheme(),
				blankToNull(situation.fund())));
		List<NewDependant> dependants = new ArrayList<>();
		for (int i = 0; i < request.dependants().size(); i++) {
			SubscriptionRequest.Dependant dependant = request.dependants().get(i);
			Civility civility = dependant.civility() != null ? dependant.civility() : acceptance.dependantCivility(i);
			if (civility == null) {
				throw new DependantCivilityRequiredException(i);
			}
			PersonId person = people
				.register(NewPerson.of(PersonName.of(civility(civility), dependant.lastName(), dependant.firstName()),
						dependant.birthDate()));
			dependants
				.add(new NewDependant(person, DependantType.valueOf(dependant.relationship().name()), acceptedOn));
		}
		IndividualContract opened = contracts
			.open(new NewIndividualContract(member, request.planCode(), acceptedOn, dependants));
		ContractId contractId = opened.id();
		IndividualContract active = contracts.activate(contractId);
		mails.activationInvitation(requestCase, active.memberNumber().value());
		return new Applied(member.value(), contractId.value());
	}

	static fr.integrance.platform.Civility civility(Civility civility) {
		return switch (civility) {
			case MADAME -> fr.integrance.platform.Civility.MME;
			case MONSIEUR -> fr.integrance.platform.Civility.M;
		};
	}

	private static PhoneNumber phone(String phone) {
		return phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone);
	}

	private static PostalAddress address(SubscriptionRequest.PostalAddress address) {
		if (address == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		lines.add(address.line1());
		if (address.line2() != null && !address.line2().isBlank()) {
			lines.add(address.line2());
		}
		return PostalAddress.french(lines, PostalCode.of(address.postalCode()), address.city());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
