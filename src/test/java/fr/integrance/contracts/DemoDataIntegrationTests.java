package fr.integrance.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import fr.integrance.IntegrationTest;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.Nir;

/**
 * The demo data of people and contracts hold together with identity's: the demo member
 * account points at Camille Martin's person, who has an active contract with two
 * dependants; Lucas Bernard can be recognised for the activation; the demo organisations
 * have their contracts.
 */
/*
 * Always on its own in-memory H2, also in the PostgreSQL suite: demo data are loaded once
 * per database, by whichever test context starts first, encrypted under that context's
 * own generated keys; on the suite's shared PostgreSQL database this test would either
 * fail to decrypt another context's demo data or seed them under keys that identity's
 * DemoAccountsTests cannot read.
 */
@IntegrationTest
@TestPropertySource(properties = { "app.demo-data.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class DemoDataIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	MemberRecognition recognition;

	@Autowired
	Affiliations affiliations;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	Representations representations;

	UUID organisation(String siren) {
		return jdbc.queryForObject("SELECT id FROM identity_organisation WHERE siren = ?", UUID.class, siren);
	}

	@Test
	void demoMemberAccountPointsAtCamilleWithAnActiveContractAndTwoDependants() {
		UUID personId = jdbc.queryForObject("SELECT person_id FROM identity_account WHERE login = ?", UUID.class,
				"adherent@demo.integrance.fr");

		Person camille = people.find(new PersonId(personId)).orElseThrow();
		assertThat(camille.name().fullName()).isEqualTo("Camille Sophie Martin");
		assertThat(camille.address().city()).isEqualTo("Lyon");
		assertThat(camille.nir()).isNotNull();
		assertThat(people.bankAccounts(camille.id())).singleElement()
			.satisfies(account -> assertThat(account.mandate()).isNotNull());
		List<IndividualContract> held = contracts.ofPerson(camille.id());
		assertThat(held).singleElement().satisfies(contract -> {
			assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
			assertThat(contract.dependants()).extracting(Dependant::type)
				.containsExactlyInAnyOrder(DependantType.SPOUSE, DependantType.CHILD);
		});
	}

	@Test
	void lucasBernardCanBeRecognisedForTheActivation() {
		PersonSummary lucas = people.findByNir(Nir.parse("192036926601783")).orElseThrow();
		MemberNumber number = contracts.ofPerson(lucas.id()).get(0).memberNumber();

		assertThat(recognition.recognise("BERNARD", "lucas", LocalDate.of(1992, 3, 14), number)).contains(lucas.id());
		// A fresh database: the number the README gives for the activation.
		assertThat(number.value()).isEqualTo("1000000024");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_account WHERE person_id = ?", Integer.class,
				lucas.id().value()))
			.isZero();
	}

	@Test
	void demoEmployerHasThreeAffiliatesAndDemoGuardianTwoProtectedAdults() {
		UUID employer = organisation("732829320");
		UUID guardian = organisation("404833048");

		assertThat(groupContracts.ofOrganisation(employer)).hasSize(1);
		assertThat(affiliations.ofOrganisation(employer)).hasSize(3)
			.extracting(Affiliation::status)
			.containsExactlyInAnyOrder(AffiliationStatus.ACTIVE, AffiliationStatus.ACTIVE,
					AffiliationStatus.PORTABILITY);
		assertThat(representations.validForOrganisation(guardian, LocalDate.of(2026, 11, 26))).hasSize(2);
	}

}
