package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Nir;
import fr.integrance.platform.NotFoundException;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.DependantAddition;
import fr.integrance.requests.DependantRemoval;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.SubmittedRequest;

/**
 * A protected adult's beneficiaries changed by their guardian organisation: the same two
 * cases as a member's family ({@code DEPENDANT_ADDITION}, {@code DEPENDANT_REMOVAL}, same
 * rules, same staff processing), sent from iTutelle (purpose
 * {@code itutelle-member-changes}) by the agent, whose address receives the
 * acknowledgement and the answer. The contract is the adult's own contract in force,
 * never a form's; a beneficiary is one of its dependants covered today or later. A NIR
 * travels in the case encrypted ({@link DependantAddition.SealedNir}).
 */
@Component
@RequiredArgsConstructor
class AdultBeneficiaries {

	private final IndividualContracts contracts;

	private final People people;

	private final Requests requests;

	private final AccountManagement accounts;

	private final FieldEncryption encryption;

	private final Clock clock;

	/** The adult's contract in force (the newest ACTIVE or SUSPENDED one they hold). */
	Optional<IndividualContract> contractOf(PersonId adult) {
		return contracts.ofPerson(adult)
			.stream()
			.filter(contract -> contract.member().equals(adult))
			.filter(contract -> contract.status() == ContractStatus.ACTIVE
					|| contract.status() == ContractStatus.SUSPENDED)
			.findFirst();
	}

	/** The beneficiaries covered today or later, by start of cover. */
	List<Beneficiary> beneficiaries(PersonId adult) {
		Optional<IndividualContract> contract = contractOf(adult);
		if (contract.isEmpty()) {
			return List.of();
		}
		LocalDate today = FrenchDates.today(clock);
		List<Dependant> current = contract.get()
			.dependants()
			.stream()
			.filter(dependant -> dependant.until() == null || !dependant.until().isBefore(today))
			.toList();
		Map<PersonId, PersonSummary> names = current.isEmpty() ? Map.of()
				: people.summaries(current.stream().map(Dependant::person).toList());
		return current.stream()
			.flatMap(dependant -> Optional.ofNullable(names.get(dependant.person()))
				.map(summary -> new Beneficiary(dependant.person().value(),
						summary.name().firstNames() + " " + summary.name().lastName(), dependant.type(),
						summary.birthDate(), dependant.from(), dependant.until()))
				.stream())
			.sorted(Comparator.comparing(Beneficiary::from).thenComparing(Beneficiary::birthDate))
			.toList();
	}

	/**
	 * One of the adult's beneficiaries covered today or later.
	 * @throws NotFoundException for anyone else
	 */
	Beneficiary beneficiary(PersonId adult, PersonId beneficiary) {
		return beneficiaries(adult).stream()
			.filter(found -> found.personId().equals(beneficiary.value()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Not a beneficiary of the adult"));
	}

	/** Sends the case covering one more beneficiary. */
	SubmittedRequest requestAddition(AuthenticatedUser agent, PersonId adult, BeneficiaryForms.Addition form,
			List<AttachmentId> proof, String language) {
		IndividualContract contract = contractOf(adult).orElseThrow(() -> new NotFoundException("No contract"));
		DependantAddition.SealedNir nir = null;
		if (form.nir() != null) {
			Nir parsed = Nir.parse(form.nir());
			UUID key = UUID.randomUUID();
			nir = new DependantAddition.SealedNir(
					encryption.encrypt(parsed.normalised(), DependantAddition.SealedNir.context(key)), parsed.masked(),
					key);
		}
		AccountSummary account = accounts.get(agent.accountId());
		return requests.submit(RequestChannel.GUARDIANSPACE,
				new DependantAddition(contract.id(), adult, account.displayName(), account.login(),
						required(form.relationship()), required(form.civility()), required(form.lastName()),
						required(form.firstName()), required(form.birthDate()), nir, required(form.scheme()),
						required(form.from()), proof, language),
				adult);
	}

	/** Sends the case ending a beneficiary's cover. */
	SubmittedRequest requestRemoval(AuthenticatedUser agent, PersonId adult, PersonId beneficiary,
			BeneficiaryForms.Removal form, String language) {
		IndividualContract contract = contractOf(adult).orElseThrow(() -> new NotFoundException("No contract"));
		Beneficiary covered = beneficiary(adult, beneficiary);
		String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
		AccountSummary account = accounts.get(agent.accountId());
		return requests.submit(RequestChannel.GUARDIANSPACE,
				new DependantRemoval(contract.id(), adult, beneficiary, covered.fullName(), account.displayName(),
						account.login(), required(form.lastDay()), reason, List.of(), language),
				adult);
	}

	/** The first of next month: the usual first day of a new cover. */
	LocalDate suggestedStart() {
		return FrenchDates.today(clock).withDayOfMonth(1).plusMonths(1);
	}

	boolean isPast(LocalDate day) {
		return day.isBefore(FrenchDates.today(clock));
	}

	private static <T> T required(@Nullable T value) {
		return Objects.requireNonNull(value, "validated by the form");
	}

	/** A beneficiary as the agent sees them (no NIR, no address). */
	record Beneficiary(UUID personId, String fullName, DependantType type, LocalDate birthDate, LocalDate from,
			@Nullable LocalDate until) {

		@Override
		public String toString() {
			return "Beneficiary[***]";
		}
	}

}
