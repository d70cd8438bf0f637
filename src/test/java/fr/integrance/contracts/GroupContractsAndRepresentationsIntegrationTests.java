package fr.integrance.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.IntegrationTest;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.PersonName;

/**
 * Group contracts, affiliations scoped to their employer, representations scoped to their
 * guardian.
 */
@IntegrationTest
class GroupContractsAndRepresentationsIntegrationTests {

	@Autowired
	People people;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	Affiliations affiliations;

	@Autowired
	Representations representations;

	@Autowired
	PersonContracts personContracts;

	@Autowired
	IndividualContracts individualContracts;

	@Autowired
	JdbcTemplate jdbc;

	PersonId person(String last) {
		return people.register(NewPerson.of(PersonName.of(Civility.M, last, "Test"), LocalDate.of(1980, 1, 1)));
	}

	GroupContract groupContract(UUID employer) {
		return groupContracts.create(new NewGroupContract(employer, List.of("essentielle", "confort"),
				List.of("cadres", "non-cadres"), LocalDate.of(2026, 1, 1)));
	}

	@Test
	void aPersonsAffiliationsAndRepresentationsAreReadTogetherEachOnceInTheirOrder() {
		UUID employer = UUID.randomUUID();
		GroupContract first = groupContract(employer);
		GroupContract second = groupContract(UUID.randomUUID());
		PersonId adult = person("Tenu");
		Affiliation later = affiliations.request(new NewAffiliation(adult, second.id(), "cadres", "confort",
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)));
		Affiliation earlier = affiliations.request(new NewAffiliation(adult, first.id(), "non-cadres", "essentielle",
				LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 1)));
		UUID guardian = UUID.randomUUID();
		Representation ended = representations.create(new NewRepresentation(guardian, adult, ProtectionMeasure.TUTELLE,
				DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)), "RG 20/00001"));
		Representation current = representations
			.create(new NewRepresentation(guardian, adult, ProtectionMeasure.CURATELLE_RENFORCEE,
					DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), "RG 25/00002"));
		PersonId nobody = person("Seul");

		PersonContracts.Holdings holdings = personContracts.of(adult);

		// two of each: four rows, each read once
		assertThat(holdings.affiliations()).extracting(PersonContracts.GroupAffiliation::affiliation)
			.containsExactly(earlier, later);
		assertThat(holdings.affiliations()).extracting(PersonContracts.GroupAffiliation::groupContractReference)
			.containsExactly(first.reference(), second.reference());
		assertThat(holdings.affiliations().get(0).employerOrganisation()).isEqualTo(employer);
		assertThat(holdings.representations()).containsExactly(ended, current);
		assertThat(holdings.representations()).isEqualTo(representations.ofPerson(adult));
		assertThat(holdings.contracts()).isEmpty();

		PersonContracts.Holdings none = personContracts.of(nobody);
		assertThat(none.contracts()).isEqualTo(individualContracts.ofPerson(nobody));
		assertThat(none.affiliations()).isEmpty();
		assertThat(none.representations()).isEmpty();
	}

	@Test
	void groupContractIsScopedToItsEmployer() {
		UUID employer = UUID.randomUUID();
		GroupContract contract = groupContract(employer);

		assertThat(contract.reference()).matches("CC-\\d{6}");
		assertThat(contract.planCodes()).containsExactly("essentielle", "confort");
		assertThat(contract.populationCategories()).containsExactly("cadres", "non-cadres");
		assertThat(groupContracts.ofOrganisation(employer)).containsExactly(contract);
		assertThat(groupContracts.findForOrganisation(employer, contract.id())).contains(contract);
		assertThat(groupContracts.findForOrganisation(UUID.randomUUID(), contract.id())).isEmpty();
		assertThatThrownBy(() -> groupContracts
			.create(new NewGroupContract(employer, List.of("platine"), List.of("cadres"), LocalDate.of(2026, 1, 1))))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void affiliationLifeWithPortabilityAndTenancy() {
		UUID employer = UUID.randomUUID();
		GroupContract contract = groupContract(employer);
		PersonId employee = person("Salarié");

		Affiliation requested = affiliations.request(new NewAffiliation(employee, contract.id(), "cadres", "confort",
				LocalDate.of(2026, 1, 1), LocalDate.of(2025, 11, 15)));
		assertThat(requested.status()).isEqualTo(AffiliationStatus.REQUESTED);
		affiliations.activate(requested.id());
		affiliations.requestTermination(requested.id(), LocalDate.of(2026, 4, 30), TerminationReason.DISMISSAL);
		Affiliation terminated = affiliations.confirmTermination(requested.id());
		assertThat(terminated.retentionUntil()).isEqualTo(LocalDate.of(2032, 4, 30));
		// 15 November 2025 to 30 April 2026: 5 months and 16 days → 6 months, 1 May to 31
		// October
		Affiliation portability = affiliations.startPortability(requested.id());
		assertThat(portability.portabilityUntil()).isEqualTo(LocalDate.of(2026, 10, 31));
		assertThat(affiliations.close(requested.id()).status()).isEqualTo(AffiliationStatus.CLOSED);

		assertThat(affiliations.ofOrganisation(employer)).extracting(Affiliation::id).containsExactly(requested.id());
		assertThat(affiliations.findForOrganisation(employer, requested.id())).isPresent();
		assertThat(affiliations.findForOrganisation(UUID.randomUUID(), requested.id())).isEmpty();
		assertThat(affiliations.ofOrganisation(UUID.randomUUID())).isEmpty();
		assertThat(affiliations.ofPerson(employee)).hasSize(1);
		assertThat(affiliations.ofGroupContract(contract.id())).hasSize(1);
		assertThatThrownBy(() -> affiliations.activate(requested.id())).isInstanceOf(InvalidTransitionException.class);
	}

	@Test
	void affiliationRefusesACategoryOrPlanTheContractLacks() {
		GroupContract contract = groupContract(UUID.randomUUID());
		PersonId employee = person("Salarié");

		assertThatThrownBy(() -> affiliations.request(
				new NewAffiliation(employee, contract.id(), "intérimaires", "confort", LocalDate.of(2026, 1, 1), null)))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("affiliation.category.unknown"));
		assertThatThrownBy(() -> affiliations
			.request(new NewAffiliation(employee, contract.id(), "cadres", "serenite", LocalDate.of(2026, 1, 1), null)))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("affiliation.plan.unknown"));
	}

	@Test
	void representationEncryptsMeasureAndReferenceAndLapsesWhenItEnds() {
		UUID guardian = UUID.randomUUID();
		PersonId adult = person("Protégé");

		Representation created = representations
			.create(new NewRepresentation(guardian, adult, ProtectionMeasure.CURATELLE_RENFORCEE,
					DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31)), "RG 25/01234 TJ Lyon"));

		assertThat(representations.find(created.id())).contains(created);
		assertThat(created.measure()).isEqualTo(ProtectionMeasure.CURATELLE_RENFORCEE);
		assertThat(created.courtDecisionReference()).isEqualTo("RG 25/01234 TJ Lyon");
		String measure = jdbc.queryForObject("SELECT measure FROM contract_representation WHERE id = ?", String.class,
				created.id().value());
		String reference = jdbc.queryForObject("SELECT court_reference FROM contract_representation WHERE id = ?",
				String.class, created.id().value());
		assertThat(measure).startsWith("v1:").doesNotContain("CURATELLE");
		assertThat(reference).startsWith("v1:").doesNotContain("01234");

		LocalDate today = LocalDate.of(2026, 11, 26);
		assertThat(representations.represents(guardian, adult, today)).isTrue();
		assertThat(representations.represents(UUID.randomUUID(), adult, today)).isFalse();
		assertThat(representations.findForOrganisation(UUID.randomUUID(), created.id())).isEmpty();
		assertThat(representations.validForOrganisation(guardian, today)).extracting(Representation::id)
			.containsExactly(created.id());

		representations.end(created.id(), LocalDate.of(2026, 6, 30));
		assertThat(representations.represents(guardian, adult, today)).isFalse();
		assertThat(representations.validForOrganisation(guardian, today)).isEmpty();
		assertThat(representations.ofOrganisation(guardian)).hasSize(1);

		Representation renewed = representations.renew(created.id(), ProtectionMeasure.TUTELLE,
				DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2031, 6, 30)), "RG 26/00042");
		assertThat(renewed.measure()).isEqualTo(ProtectionMeasure.TUTELLE);
		assertThat(representations.represents(guardian, adult, today)).isTrue();
		assertThat(representations.ofPerson(adult)).containsExactly(renewed);
	}

}
