package fr.integrance.requests.internal.dependantaddition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.DependantAddition;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.internal.RequestTypeHandler;

/**
 * A member's request to cover one more dependant. Its rules: the member's own contract in
 * force, a first day of cover neither before the contract's start nor before the birth, a
 * birth date not in the future, a valid NIR when one is given, one partner at most, a
 * proof. Accepting it needs an answer (mailed to the member and kept in the thread), then
 * registers the dependant as a person (or reuses the person already holding that NIR,
 * when born the same day) and covers them on the contract from the date asked.
 */
@Component
class DependantAdditionHandler extends RequestTypeHandler<DependantAddition> {

	static final Set<DependantType> PARTNERS = EnumSet.of(DependantType.SPOUSE, DependantType.PACS_PARTNER,
			DependantType.COHABITANT);

	private final People people;

	private final IndividualContracts contracts;

	private final FieldEncryption encryption;

	private final Clock clock;

	DependantAdditionHandler(People people, IndividualContracts contracts, FieldEncryption encryption, Clock clock) {
		super(DependantAddition.class);
		this.people = people;
		this.contracts = contracts;
		this.encryption = encryption;
		this.clock = clock;
	}

	@Override
	public String purposeOn(RequestChannel channel) {
		return switch (channel) {
			case MEMBERSPACE -> "iadherent-member-changes";
			// a guardian organisation changes a protected adult's beneficiaries in
			// iTutelle
			case GUARDIANSPACE -> "itutelle-member-changes";
			case WEBSITE -> throw new IllegalArgumentException(
					"A member changes their family in iAdhérent (or an organisation in iTutelle)");
		};
	}

	@Override
	public Acknowledgement acknowledgement() {
		return new Acknowledgement("memberfamily.mail.ack.addition.subject", "memberfamily.mail.ack.addition.received",
				"memberfamily.mail.ack.next");
	}

	@Override
	public Acknowledgement acknowledgementOn(RequestChannel channel) {
		return channel == RequestChannel.GUARDIANSPACE
				? new Acknowledgement("guardianchanges.beneficiary.mail.ack.addition.subject",
						"guardianchanges.beneficiary.mail.ack.addition.received",
						"guardianchanges.beneficiary.mail.ack.next")
				: acknowledgement();
	}

	@Override
	public String view() {
		return "dependant-addition";
	}

	@Override
	protected List<FieldProblem> check(DependantAddition request) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = FrenchDates.today(clock);
		Optional<IndividualContract> contract = contracts.find(request.contract())
			.filter(found -> found.member().equals(request.member()));
		if (contract.isEmpty() || (contract.get().status() != ContractStatus.ACTIVE
				&& contract.get().status() != ContractStatus.SUSPENDED)) {
			problems.add(new FieldProblem("from", "memberfamily.error.contract.not-in-force"));
			return problems;
		}
		if (request.birthDate().isAfter(today)) {
			problems.add(new FieldProblem("birthDate", "memberfamily.error.birth-date.future"));
		}
		if (request.from().isBefore(contract.get().startDate())) {
			problems.add(new FieldProblem("from", "memberfamily.error.from.before-start"));
		}
		else if (request.from().isBefore(request.birthDate())) {
			problems.add(new FieldProblem("from", "memberfamily.error.from.before-birth"));
		}
		if (PARTNERS.contains(request.relationship()) && contract.get()
			.dependants()
			.stream()
			.anyMatch(dependant -> PARTNERS.contains(dependant.type())
					&& (dependant.until() == null || !dependant.until().isBefore(request.from())))) {
			problems.add(new FieldProblem("relationship", "memberfamily.error.partner.already-covered"));
		}
		if (request.nir() != null && !Nir.isValid(nir(request.nir()))) {
			problems.add(new FieldProblem("nir", "memberfamily.error.nir.invalid"));
		}
		if (request.attachmentIds().isEmpty()) {
			problems.add(new FieldProblem("attachmentIds", "memberfamily.error.proof.required"));
		}
		return problems;
	}

	@Override
	protected List<FieldProblem> checkAcceptance(DependantAddition request, Acceptance acceptance) {
		return acceptance.givenAnswer() == null ? List.of(new FieldProblem("answer", "cases.error.answer.required"))
				: List.of();
	}

	@Override
	public boolean answersSender() {
		return true;
	}

	@Override
	protected Outcome apply(DependantAddition request, Acceptance acceptance, LocalDate acceptedOn) {
		List<FieldProblem> problems = check(request);
		if (!problems.isEmpty()) {
			// what changed since the request was sent, told beside the acceptance's
			// answer
			throw new FieldProblemsException(
					problems.stream().map(problem -> new FieldProblem("answer", problem.messageKey())).toList());
		}
		Nir nir = request.nir() == null ? null : Nir.parse(nir(request.nir()));
		PersonId person = nir == null ? null : known(nir, request.birthDate());
		if (person == null) {
			person = people
				.register(new NewPerson(PersonName.of(request.civility(), request.lastName(), request.firstName()),
						request.birthDate(), nir, null, null, null, null, request.scheme(), null));
		}
		contracts.addDependant(request.contract(), new NewDependant(person, request.relationship(), request.from()));
		// the case stays the member's: it records the contract, not the dependant
		return new Outcome(null, request.contract());
	}

	/**
	 * The person already holding that NIR, when born on the same day (a child already
	 * covered by the other parent's contract); a NIR held by someone else is refused.
	 */
	private @Nullable PersonId known(Nir nir, LocalDate birthDate) {
		Optional<PersonSummary> holder = people.findByNir(nir);
		if (holder.isEmpty()) {
			return null;
		}
		if (!holder.get().birthDate().equals(birthDate)) {
			throw new InvalidValueException("person.nir.already-registered");
		}
		return holder.get().id();
	}

	private String nir(DependantAddition.SealedNir sealed) {
		return encryption.decrypt(sealed.ciphertext(), DependantAddition.SealedNir.context(sealed.key()));
	}

}
