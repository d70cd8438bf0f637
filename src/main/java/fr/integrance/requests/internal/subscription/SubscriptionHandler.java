package fr.integrance.requests.internal.subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.SubscriptionRequest;
import fr.integrance.requests.internal.RequestTypeHandler;

/**
 * A demande de souscription. A request names a plan of the catalogue and covers one
 * spouse, PACS partner or cohabitant at most. Accepting it makes the subscriber a member:
 * the subscriber and each dependant become persons, an individual contract is opened for
 * the chosen plan with the dependants and activated on the acceptance date (which
 * allocates the member number; the contracts module announces it, and the members'
 * channel invites the member). All in the acceptance transaction: a refused value (a plan
 * the catalogue lacks, an address the platform does not accept) rolls the whole decision
 * back.
 * <p>
 * A person's name requires a civility: a dependant's comes from the request (the public
 * form asks it); for a request sent before the form asked it, staff give it when
 * accepting ({@link Acceptance#civilities()}).
 */
@Component
class SubscriptionHandler extends RequestTypeHandler<SubscriptionRequest> {

	static final Set<DependantType> PARTNERS = EnumSet.of(DependantType.SPOUSE, DependantType.PACS_PARTNER,
			DependantType.COHABITANT);

	private final People people;

	private final IndividualContracts contracts;

	private final PlanCatalogue catalogue;

	SubscriptionHandler(People people, IndividualContracts contracts, PlanCatalogue catalogue) {
		super(SubscriptionRequest.class);
		this.people = people;
		this.contracts = contracts;
		this.catalogue = catalogue;
	}

	@Override
	public String purposeOn(RequestChannel channel) {
		return switch (channel) {
			case WEBSITE -> "website-subscription-requests";
			case MEMBERSPACE, GUARDIANSPACE ->
				throw new IllegalArgumentException("A member subscribes on the public site");
		};
	}

	@Override
	public Acknowledgement acknowledgement() {
		return new Acknowledgement("intake.mail.subscription.subject", "cases.mail.ack.subscription.received",
				"cases.mail.ack.subscription.next");
	}

	@Override
	public String view() {
		return "subscription";
	}

	/** A plan of the catalogue; one spouse, PACS partner or cohabitant at most. */
	@Override
	protected List<FieldProblem> check(SubscriptionRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.planCode() == null || catalogue.plan(request.planCode()).isEmpty()) {
			problems.add(new FieldProblem("planCode", "intake.error.plan.required"));
		}
		boolean partner = false;
		for (int i = 0; i < request.dependants().size(); i++) {
			if (PARTNERS.contains(request.dependants().get(i).relationship())) {
				if (partner) {
					problems.add(new FieldProblem("dependants[" + i + "].relationship",
							"intake.error.relationship.one-partner"));
				}
				partner = true;
			}
		}
		return problems;
	}

	/** Each dependant's civility, from the request or from staff. */
	@Override
	protected List<FieldProblem> checkAcceptance(SubscriptionRequest request, Acceptance acceptance) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < request.dependants().size(); i++) {
			if (civility(request.dependants().get(i), acceptance, i) == null) {
				problems.add(new FieldProblem("civilities[" + i + "]", "cases.error.civility.required"));
			}
		}
		return problems;
	}

	@Override
	protected Outcome apply(SubscriptionRequest request, Acceptance acceptance, LocalDate acceptedOn) {
		SubscriptionRequest.Subscriber subscriber = request.subscriber();
		SubscriptionRequest.Situation situation = request.situation();
		PersonId member = people.register(new NewPerson(
				PersonName.of(subscriber.civility(), subscriber.lastName(), subscriber.firstName(),
						subscriber.birthName()),
				required(subscriber.birthDate()), null, EmailAddress.of(subscriber.email()), phone(subscriber.phone()),
				subscriber.address(), situation.familySituation(), situation.scheme(), blankToNull(situation.fund())));
		List<NewDependant> dependants = new ArrayList<>();
		for (int i = 0; i < request.dependants().size(); i++) {
			SubscriptionRequest.Dependant dependant = request.dependants().get(i);
			PersonId person = people.register(NewPerson.of(
					PersonName.of(civility(dependant, acceptance, i), dependant.lastName(), dependant.firstName()),
					required(dependant.birthDate())));
			dependants.add(new NewDependant(person, required(dependant.relationship()), acceptedOn));
		}
		ContractId contract = contracts
			.open(new NewIndividualContract(member, required(request.planCode()), acceptedOn, dependants))
			.id();
		contracts.activate(contract);
		return new Outcome(member, contract);
	}

	/** The request's civility wins over staff's. */
	private static @Nullable Civility civility(SubscriptionRequest.Dependant dependant, Acceptance acceptance,
			int index) {
		return dependant.civility() != null ? dependant.civility() : acceptance.civility(index);
	}

	/** A part the intake's validation requires: present in every request accepted. */
	private static <T> T required(@Nullable T part) {
		return Objects.requireNonNull(part, "a part the intake requires is missing");
	}

	private static @Nullable PhoneNumber phone(@Nullable String phone) {
		return phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
