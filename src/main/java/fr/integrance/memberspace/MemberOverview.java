package fr.integrance.memberspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.people.BankAccount;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;
import fr.integrance.platform.PersonName;
import fr.integrance.requests.PersonCases;

/**
 * What the member's home and attestation show, read for the signed-in member's own person
 * only: the contracts they hold (never one where they are only a dependant: an adult
 * dependant sees nothing of the member's contract), each with its plan's table of cover
 * and its beneficiaries (names, relation, birth date: no NIR, no address), their paying
 * account (the IBAN masked but its last four characters), their contact details and their
 * open requests.
 */
@Component
@RequiredArgsConstructor
class MemberOverview {

	private final People people;

	private final IndividualContracts contracts;

	private final PlanCatalogue catalogue;

	private final PersonCases cases;

	private final Clock clock;

	/** The member's own person, empty when unknown or anonymised. */
	Optional<Person> person(UUID person) {
		return people.find(new PersonId(person));
	}

	/** The contracts the person holds, newest first, with their beneficiaries. */
	List<ContractView> contracts(UUID person, Locale locale) {
		PersonId me = new PersonId(person);
		LocalDate today = FrenchDates.today(clock);
		List<IndividualContract> held = contracts.ofPerson(me)
			.stream()
			.filter(contract -> contract.member().equals(me))
			.toList();
		List<PersonId> dependants = held.stream()
			.flatMap(contract -> contract.dependants().stream())
			.map(Dependant::person)
			.distinct()
			.toList();
		Map<PersonId, PersonSummary> summaries = dependants.isEmpty() ? Map.of() : people.summaries(dependants);
		List<ContractView> views = new ArrayList<>();
		for (IndividualContract contract : held) {
			List<BeneficiaryView> beneficiaries = contract.dependants()
				.stream()
				.filter(dependant -> dependant.until() == null || !dependant.until().isBefore(today))
				.flatMap(dependant -> Optional.ofNullable(summaries.get(dependant.person()))
					.map(summary -> BeneficiaryView.of(dependant, summary.name(), summary.birthDate()))
					.stream())
				.sorted(Comparator.comparing(BeneficiaryView::from).thenComparing(BeneficiaryView::birthDate))
				.toList();
			Optional<PlanCatalogue.Plan> plan = catalogue.plan(contract.planCode());
			List<GuaranteeRow> guarantees = plan
				.map(p -> catalogue.coverageLines()
					.stream()
					.map(line -> new GuaranteeRow(line.label(locale), p.coverage().getOrDefault(line.code(), "—")))
					.toList())
				.orElse(List.of());
			views.add(new ContractView(contract.memberNumber().formatted(), contract.memberNumber().value(),
					plan.map(PlanCatalogue.Plan::name).orElse(contract.planCode()),
					plan.map(p -> p.summary(locale)).orElse(""), contract.startDate(), contract.endDate(),
					contract.status(), guarantees, beneficiaries, contract.status() == ContractStatus.ACTIVE));
		}
		return views;
	}

	/**
	 * The account the contributions are taken from: the newest with an active mandate,
	 * else the newest; empty when the person has none.
	 */
	Optional<PaymentView> payment(UUID person) {
		List<BankAccount> accounts = new ArrayList<>(people.bankAccounts(new PersonId(person)));
		java.util.Collections.reverse(accounts);
		Optional<BankAccount> paying = accounts.stream()
			.filter(account -> account.mandate() != null && account.mandate().isActive())
			.findFirst()
			.or(() -> accounts.stream().findFirst());
		return paying.map(PaymentView::of);
	}

	List<PersonCases.OpenCase> openRequests(UUID person) {
		return cases.openCasesOf(new PersonId(person));
	}

	/**
	 * What the attestation certifies: the member's newest ACTIVE contract, the member and
	 * the dependants covered today or later; empty when the person holds no active
	 * contract (a suspended, pending or terminated one is not attested).
	 */
	Optional<AttestationData> attestation(UUID person, Locale locale) {
		PersonId me = new PersonId(person);
		LocalDate today = FrenchDates.today(clock);
		Optional<Person> member = people.find(me);
		Optional<IndividualContract> contract = contracts.ofPerson(me)
			.stream()
			.filter(c -> c.member().equals(me) && c.status() == ContractStatus.ACTIVE)
			.findFirst();
		if (member.isEmpty() || contract.isEmpty()) {
			return Optional.empty();
		}
		List<AttestationData.Covered> covered = new ArrayList<>();
		covered.add(new AttestationData.Covered(member.get().name(), null, member.get().birthDate(),
				maskedNir(member.get()), contract.get().startDate(), contract.get().endDate()));
		contract.get()
			.dependants()
			.stream()
			.filter(dependant -> dependant.until() == null || !dependant.until().isBefore(today))
			.flatMap(dependant -> people.find(dependant.person())
				.map(p -> new AttestationData.Covered(p.name(), dependant.type().messageKey(), p.birthDate(),
						maskedNir(p), dependant.from(), dependant.until()))
				.stream())
			.sorted(Comparator.comparing(AttestationData.Covered::from)
				.thenComparing(AttestationData.Covered::birthDate))
			.forEach(covered::add);
		String plan = catalogue.plan(contract.get().planCode())
			.map(PlanCatalogue.Plan::name)
			.orElse(contract.get().planCode());
		return Optional.of(new AttestationData(member.get().name(), contract.get().memberNumber().formatted(),
				contract.get().memberNumber().value(), plan, contract.get().startDate(), contract.get().endDate(),
				covered, today));
	}

	private static @Nullable String maskedNir(Person person) {
		return person.nir() == null ? null : person.nir().masked();
	}

	/** A contract as the home shows it. */
	public record ContractView(String memberNumber, String memberNumberDigits, String planName, String planSummary,
			LocalDate startDate, @Nullable LocalDate endDate, ContractStatus status, List<GuaranteeRow> guarantees,
			List<BeneficiaryView> beneficiaries, boolean attestable) {

		@Override
		public String toString() {
			return "ContractView[" + status + "]";
		}
	}

	/** A line of the plan's table of cover. */
	public record GuaranteeRow(String label, String cover) {
	}

	/** A dependant covered by the contract: what the member may see of them. */
	public record BeneficiaryView(String fullName, String relationKey, LocalDate birthDate, LocalDate from,
			@Nullable LocalDate until) {

		static BeneficiaryView of(Dependant dependant, PersonName name, LocalDate birthDate) {
			return new BeneficiaryView(name.firstNames() + " " + name.lastName(), dependant.type().messageKey(),
					birthDate, dependant.from(), dependant.until());
		}

		@Override
		public String toString() {
			return "BeneficiaryView[***]";
		}
	}

	/**
	 * The paying account: the IBAN's last four characters only, the holder, the mandate.
	 */
	public record PaymentView(String ibanEnd, String ibanMasked, String holder, @Nullable String mandateReference,
			@Nullable LocalDate mandateSignedOn, boolean mandateActive) {

		static PaymentView of(BankAccount account) {
			String iban = account.iban().value();
			String end = iban.substring(iban.length() - 4);
			return new PaymentView(end, mask(account.iban()), account.holder(),
					account.mandate() == null ? null : account.mandate().rum(),
					account.mandate() == null ? null : account.mandate().signedOn(),
					account.mandate() != null && account.mandate().isActive());
		}

		/**
		 * Every character but the last four replaced by a bullet, grouped by four, then
		 * the last four: {@code •••• •••• •••• •••• •••• ••• 0189}.
		 */
		static String mask(Iban iban) {
			String value = iban.value();
			int hidden = value.length() - 4;
			StringBuilder masked = new StringBuilder();
			for (int i = 0; i < hidden; i++) {
				if (i > 0 && i % 4 == 0) {
					masked.append(' ');
				}
				masked.append('•');
			}
			return masked.append(' ').append(value, hidden, value.length()).toString();
		}

		@Override
		public String toString() {
			return "PaymentView[***" + "]";
		}
	}

	/**
	 * What the attestation certifies, issued on {@code issuedOn} (France).
	 *
	 * @param member the member's name
	 */
	record AttestationData(PersonName member, String memberNumber, String memberNumberDigits, String planName,
			LocalDate startDate, @Nullable LocalDate endDate, List<Covered> covered, LocalDate issuedOn) {

		/**
		 * A person covered: {@code relationKey} null for the member themself; the NIR
		 * masked, null when unknown.
		 */
		record Covered(PersonName name, @Nullable String relationKey, LocalDate birthDate, @Nullable String nirMasked,
				LocalDate from, @Nullable LocalDate until) {

			public String fullName() {
				return name.firstNames() + " " + name.lastName();
			}

			@Override
			public String toString() {
				return "Covered[***]";
			}
		}

		@Override
		public String toString() {
			return "AttestationData[***]";
		}
	}

}
