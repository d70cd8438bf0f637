package fr.integrance.employerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import fr.integrance.IntegrationTest;
import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.contracts.PortabilityClosing;
import fr.integrance.employerspace.api.ApiFixtures;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.People;
import fr.integrance.platform.Civility;
import fr.integrance.platform.FrenchDates;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * The employer's movements through {@link AffiliateMovements}: enrolment with dependants,
 * every field problem at once, termination with and without portability, the closing job
 * with the clock moved, each modification, and the organisation's scope.
 */
@IntegrationTest
@Import(MutableClockConfiguration.class)
class AffiliateMovementsTests {

	static final LocalDate CONTRACT_START = LocalDate.of(2020, 1, 1);

	@Autowired
	AffiliateMovements movements;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	People people;

	@Autowired
	PortabilityClosing closingJob;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	UUID employer() {
		UUID organisation = UUID.randomUUID();
		groupContracts.create(new NewGroupContract(organisation, List.of("essentielle", "confort"),
				List.of("cadres", "non-cadres"), CONTRACT_START));
		return organisation;
	}

	static Enrolment enrolment(String lastName, LocalDate start, LocalDate employmentStart,
			List<DependantEnrolment> dependants) {
		LocalDate birth = LocalDate.of(1985, 6, 14);
		return new Enrolment(null, "cadres", "confort", start, employmentStart, Civility.MME, lastName, "Julie Anne",
				"Martin", birth, TestNirs.of(Civility.MME, birth),
				new EmployeeAddress("12 rue de la République", null, "69002", "Lyon", null), FamilySituation.MARRIED,
				MandatoryScheme.GENERAL, "CPAM du Rhône", "julie@example.org", "06 12 34 56 78",
				new BankDetails("FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP", null), dependants);
	}

	static DependantEnrolment child(String firstNames) {
		return new DependantEnrolment(DependantType.CHILD, Civility.M, "Testeur", firstNames, null,
				LocalDate.of(2015, 3, 2), null, null);
	}

	@Test
	void enrolsAnEmployeeWithADependantAndFindsThemBack() {
		UUID organisation = employer();
		String lastName = ApiFixtures.lastName("Enrolée");
		Enrolment enrolment = enrolment(lastName, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 1),
				List.of(child("Léo")));

		Affiliate affiliate = movements.enrol(organisation, enrolment);

		assertThat(affiliate.affiliation().status()).isEqualTo(AffiliationStatus.ACTIVE);
		assertThat(affiliate.contractReference()).matches("CC-\\d{6}");
		assertThat(affiliate.person().name().lastName()).isEqualTo(lastName);
		assertThat(affiliate.person().name().birthName()).contains("Martin");
		assertThat(affiliate.person().nir()).isNotNull();
		assertThat(affiliate.person().schemeFund()).isEqualTo("CPAM du Rhône");
		assertThat(people.bankAccounts(affiliate.person().id())).hasSize(1);
		assertThat(affiliate.dependants()).singleElement().satisfies(dependant -> {
			assertThat(dependant.name().firstNames()).isEqualTo("Léo");
			assertThat(dependant.type()).isEqualTo(DependantType.CHILD);
			assertThat(dependant.from()).isEqualTo(LocalDate.of(2026, 1, 1));
		});
		assertThat(movements.find(organisation, affiliate.affiliation().id())).isPresent();
		assertThat(movements.history(organisation, affiliate.affiliation().id())).extracting(Movement::kind)
			.containsExactly(MovementKind.ENROLMENT);

		AffiliatePage byName = movements.search(organisation, new AffiliateQuery(lastName.substring(0, 5), null, null,
				AffiliateState.ACTIVE, "cadres", AffiliateSort.NAME, false, 0, 20));
		assertThat(byName.total()).isEqualTo(1);
		assertThat(byName.rows()).singleElement().satisfies(row -> {
			assertThat(row.id()).isEqualTo(affiliate.affiliation().id());
			assertThat(row.state()).isEqualTo(AffiliateState.ACTIVE);
		});
		AffiliatePage byNir = movements.search(organisation, new AffiliateQuery(null, null,
				affiliate.person().nir().formatted(), null, null, AffiliateSort.NAME, false, 0, 20));
		assertThat(byNir.rows()).extracting(AffiliateRow::id).containsExactly(affiliate.affiliation().id());
		assertThat(movements
			.search(organisation,
					new AffiliateQuery(null, null, null, AffiliateState.PORTABILITY, null, AffiliateSort.NAME, false, 0,
							20))
			.total()).isZero();
		assertThat(movements.counts(organisation)).isEqualTo(new AffiliateCounts(0, 1, 0, 0));
	}

	@Test
	void reportsEveryRefusedFieldAtOnceAndStoresNothing() {
		UUID organisation = employer();
		LocalDate birth = LocalDate.of(1985, 6, 14);
		Enrolment bad = new Enrolment(null, "ouvriers", null, LocalDate.of(2026, 1, 1), null, Civility.M, "Durand", "",
				null, birth, TestNirs.of(Civility.MME, birth),
				new EmployeeAddress("1 rue X", null, "6900", "Lyon", null), null, null, null, null, "pas un téléphone",
				new BankDetails("FR76 0000", "AGRIFRPP", null),
				List.of(new DependantEnrolment(null, Civility.M, "Durand", "Tom", null, null, null, null)));

		assertThatThrownBy(() -> movements.enrol(organisation, bad)).isInstanceOfSatisfying(
				FieldProblemsException.class,
				refused -> assertThat(refused.problems()).containsExactlyInAnyOrder(
						new FieldProblem("category", "affiliate.category.unknown"),
						new FieldProblem("planCode", "affiliate.plan.required"),
						new FieldProblem("firstNames", "person-name.first-names.invalid"),
						new FieldProblem("nir", "affiliate.nir.sex-mismatch"),
						new FieldProblem("address.postalCode", "postal-code.invalid"),
						new FieldProblem("phone", "phone.invalid"), new FieldProblem("bank.iban", "iban.invalid"),
						new FieldProblem("dependants[0].type", "affiliate.dependant-type.required"),
						new FieldProblem("dependants[0].birthDate", "affiliate.birth-date.required")));
		assertThat(movements.search(organisation, AffiliateQuery.all(10)).total()).isZero();

		String wrongKey = TestNirs.of(Civility.M, birth);
		wrongKey = wrongKey.substring(0, 13) + (wrongKey.endsWith("01") ? "02" : "01");
		String nir = wrongKey;
		Enrolment badKey = new Enrolment("CC-999999", "cadres", "confort", LocalDate.of(2026, 1, 1), null, Civility.M,
				"Durand", "Paul", null, LocalDate.of(1985, 7, 14), nir, null, null, null, null, null, null, null, null);
		assertThatThrownBy(() -> movements.enrol(organisation, badKey)).isInstanceOfSatisfying(
				FieldProblemsException.class,
				refused -> assertThat(refused.problems()).containsExactlyInAnyOrder(
						new FieldProblem("contractReference", "affiliate.contract.unknown"),
						new FieldProblem("nir", "nir.invalid"),
						new FieldProblem("address.line1", "affiliate.address.required")));
	}

	@Test
	void anotherOrganisationSeesNothingAndChangesNothing() {
		UUID organisation = employer();
		UUID other = employer();
		Affiliate affiliate = movements.enrol(organisation,
				enrolment("Dupuis", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), List.of()));

		assertThat(movements.find(other, affiliate.affiliation().id())).isEmpty();
		assertThat(movements.search(other, AffiliateQuery.all(50)).rows()).isEmpty();
		assertThatThrownBy(() -> movements.terminate(other, affiliate.affiliation().id(), LocalDate.of(2026, 3, 31),
				TerminationReason.DISMISSAL))
			.isInstanceOf(UnknownAffiliateException.class);
		assertThatThrownBy(() -> movements.modify(other, affiliate.affiliation().id(),
				new Modification.FamilySituationChange(FamilySituation.SINGLE, LocalDate.of(2026, 2, 1))))
			.isInstanceOf(UnknownAffiliateException.class);
		assertThatThrownBy(() -> movements.history(other, affiliate.affiliation().id()))
			.isInstanceOf(UnknownAffiliateException.class);
		assertThat(movements.find(organisation, affiliate.affiliation().id()).orElseThrow().affiliation().status())
			.isEqualTo(AffiliationStatus.ACTIVE);
	}

	@Test
	void terminationOpensPortabilityAndTheJobClosesItAtItsEndWithTheDependants() {
		UUID organisation = employer();
		Affiliate affiliate = movements.enrol(organisation,
				enrolment("Portable", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), List.of(child("Zoé"))));

		Termination termination = movements.terminate(organisation, affiliate.affiliation().id(),
				LocalDate.of(2026, 3, 15), TerminationReason.CONVENTIONAL_TERMINATION);

		assertThat(termination.portability()).isNotNull();
		assertThat(termination.portability().months()).isEqualTo(3);
		assertThat(termination.portability().from()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(termination.portability().until()).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(termination.affiliation().status()).isEqualTo(AffiliationStatus.PORTABILITY);
		assertThat(movements.find(organisation, affiliate.affiliation().id()).orElseThrow().dependants())
			.singleElement()
			.satisfies(dependant -> assertThat(dependant.until()).isNull());

		clock.set(LocalDate.of(2026, 6, 15).atTime(12, 0).atZone(FrenchDates.FRANCE).toInstant());
		closingJob.closeEnded();
		assertThat(movements.find(organisation, affiliate.affiliation().id()).orElseThrow().affiliation().status())
			.isEqualTo(AffiliationStatus.PORTABILITY);

		clock.set(LocalDate.of(2026, 6, 16).atTime(1, 0).atZone(FrenchDates.FRANCE).toInstant());
		closingJob.closeEnded();
		Affiliate closed = movements.find(organisation, affiliate.affiliation().id()).orElseThrow();
		assertThat(closed.affiliation().status()).isEqualTo(AffiliationStatus.CLOSED);
		assertThat(closed.dependants()).singleElement()
			.satisfies(dependant -> assertThat(dependant.until()).isEqualTo(LocalDate.of(2026, 6, 15)));
		assertThat(movements.history(organisation, affiliate.affiliation().id())).extracting(Movement::kind)
			.containsExactlyInAnyOrder(MovementKind.TERMINATION, MovementKind.ENROLMENT);
	}

	@Test
	void resignationOpensNoPortabilityAndEndsTheDependantsTheSameDay() {
		UUID organisation = employer();
		Affiliate affiliate = movements.enrol(organisation,
				enrolment("Démission", LocalDate.of(2026, 1, 1), LocalDate.of(2024, 1, 1), List.of(child("Max"))));

		Termination termination = movements.terminate(organisation, affiliate.affiliation().id(),
				LocalDate.of(2026, 4, 30), TerminationReason.RESIGNATION);

		assertThat(termination.portability()).isNull();
		assertThat(termination.affiliation().status()).isEqualTo(AffiliationStatus.TERMINATED);
		Affiliate terminated = movements.find(organisation, affiliate.affiliation().id()).orElseThrow();
		assertThat(terminated.dependants()).singleElement()
			.satisfies(dependant -> assertThat(dependant.until()).isEqualTo(LocalDate.of(2026, 4, 30)));
		assertThatThrownBy(() -> movements.terminate(organisation, affiliate.affiliation().id(),
				LocalDate.of(2026, 4, 30), TerminationReason.RESIGNATION))
			.isInstanceOfSatisfying(FieldProblemsException.class, refused -> assertThat(refused.problems())
				.containsExactly(new FieldProblem("status", "affiliate.not-active")));

		clock.set(LocalDate.of(2026, 5, 1).atTime(12, 0).atZone(FrenchDates.FRANCE).toInstant());
		closingJob.closeEnded();
		assertThat(movements.find(organisation, affiliate.affiliation().id()).orElseThrow().affiliation().status())
			.isEqualTo(AffiliationStatus.CLOSED);
	}

	/**
	 * The portability table: 3 months, 11.5 months (rounded up to 12), 13 (at most 12).
	 */
	@ParameterizedTest
	@CsvSource({ "2026-01-01, 2026-03-31, DISMISSAL, 3, 2026-06-30",
			"2025-01-01, 2025-12-15, DISMISSAL, 12, 2026-12-15",
			"2025-01-01, 2026-01-31, END_OF_FIXED_TERM_CONTRACT, 12, 2027-01-31",
			"2025-01-01, 2026-01-31, RESIGNATION, 0, " })
	void portabilityTable(LocalDate employmentStart, LocalDate lastDay, TerminationReason reason, int months,
			LocalDate until) {
		UUID organisation = employer();
		Affiliate affiliate = movements.enrol(organisation,
				enrolment("Table", employmentStart.isBefore(CONTRACT_START) ? CONTRACT_START : employmentStart,
						employmentStart, List.of()));

		Termination termination = movements.terminate(organisation, affiliate.affiliation().id(), lastDay, reason);

		if (months == 0) {
			assertThat(termination.portability()).isNull();
		}
		else {
			assertThat(termination.portability().months()).isEqualTo(months);
			assertThat(termination.portability().until()).isEqualTo(until);
			assertThat(termination.affiliation().portabilityUntil()).isEqualTo(until);
		}
	}

	@Test
	void eachModificationIsAppliedAndKeptInTheHistory() {
		UUID organisation = employer();
		Affiliate affiliate = movements.enrol(organisation,
				enrolment("Modifiée", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), List.of()));
		var id = affiliate.affiliation().id();
		LocalDate effective = LocalDate.of(2026, 9, 1);

		movements.modify(organisation, id, new Modification.AddressChange(
				new EmployeeAddress("3 place Bellecour", "Bâtiment B", "69002", "Lyon", "FR"), effective));
		movements.modify(organisation, id, new Modification.FamilySituationChange(FamilySituation.DIVORCED, effective));
		movements.modify(organisation, id,
				new Modification.SchemeChange(MandatoryScheme.AGRICULTURAL, "MSA Ain-Rhône", effective));
		movements.modify(organisation, id, new Modification.BankDetailsChange(
				new BankDetails("FR14 2004 1010 0505 0001 3M02 606", "PSSTFRPPLYO", "Julie Modifiée"), effective));
		Affiliate withChild = movements.modify(organisation, id,
				new Modification.DependantAddition(child("Noé"), effective));
		assertThat(withChild.dependants()).hasSize(1);
		Affiliate changed = movements.modify(organisation, id,
				new Modification.DependantRemoval(withChild.dependants().get(0).person(), LocalDate.of(2026, 12, 31)));

		assertThat(changed.person().address().lines()).containsExactly("3 place Bellecour", "Bâtiment B");
		assertThat(changed.person().familySituation()).isEqualTo(FamilySituation.DIVORCED);
		assertThat(changed.person().scheme()).isEqualTo(MandatoryScheme.AGRICULTURAL);
		assertThat(changed.person().schemeFund()).isEqualTo("MSA Ain-Rhône");
		assertThat(people.bankAccounts(changed.person().id())).hasSize(2);
		assertThat(changed.dependants()).singleElement()
			.satisfies(dependant -> assertThat(dependant.until()).isEqualTo(LocalDate.of(2026, 12, 31)));
		assertThat(movements.history(organisation, id)).extracting(Movement::kind)
			.containsExactlyInAnyOrder(MovementKind.ENROLMENT, MovementKind.ADDRESS, MovementKind.FAMILY_SITUATION,
					MovementKind.SCHEME, MovementKind.BANK_DETAILS, MovementKind.DEPENDANT_ADDED,
					MovementKind.DEPENDANT_REMOVED);

		assertThatThrownBy(() -> movements.modify(organisation, id,
				new Modification.AddressChange(new EmployeeAddress("", null, "", "", null), null)))
			.isInstanceOfSatisfying(FieldProblemsException.class,
					refused -> assertThat(refused.problems()).containsExactlyInAnyOrder(
							new FieldProblem("effectiveDate", "affiliate.effective-date.required"),
							new FieldProblem("address.line1", "affiliate.address.required")));
		assertThatThrownBy(() -> movements.modify(organisation, id,
				new Modification.DependantRemoval(affiliate.person().id(), effective)))
			.isInstanceOfSatisfying(FieldProblemsException.class, refused -> assertThat(refused.problems())
				.containsExactly(new FieldProblem("dependant", "affiliation.dependant.unknown")));
	}

}
