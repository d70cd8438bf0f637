package fr.integrance.datagen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import fr.integrance.IntegrationTest;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.MemberRecognition;
import fr.integrance.contracts.Representations;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.SubscriptionRequest;

/**
 * The generated rows read back through the modules' own services: NIRs decrypt and are
 * found through the blind index, members are recognised for activation, bank accounts and
 * protection measures decrypt, and cases' payloads parse into their typed records.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.profiles.include=" + DataGenerator.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorTests {

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	People people;

	@Autowired
	MemberRecognition recognition;

	@Autowired
	Representations representations;

	@Autowired
	Cases cases;

	GenerationReport report;

	long peopleBefore;

	/**
	 * Rows written by other test contexts (the PostgreSQL suite shares one database):
	 * other keys, not ours.
	 */
	Set<UUID> peopleOfOthers;

	Set<UUID> representationsOfOthers;

	Set<UUID> casesOfOthers;

	@BeforeAll
	void generate() {
		peopleBefore = count("SELECT COUNT(*) FROM person");
		peopleOfOthers = ids("SELECT id FROM person");
		representationsOfOthers = ids("SELECT id FROM contract_representation");
		casesOfOthers = ids("SELECT id FROM request_case");
		report = generator.generate(new GenerationPlan(400, 60, 42L));
	}

	private Set<UUID> ids(String sql) {
		return new HashSet<>(jdbc.queryForList(sql, UUID.class));
	}

	private List<UUID> generated(String sql, Set<UUID> others) {
		return jdbc.queryForList(sql, UUID.class).stream().filter(id -> !others.contains(id)).toList();
	}

	@Test
	void createsWhatThePlanAsks() {
		assertThat(report.people()).isEqualTo(400);
		assertThat(count("SELECT COUNT(*) FROM person")).isEqualTo(peopleBefore + 400);
		assertThat(report.openCases()).isEqualTo(60);
		assertThat(report.affiliations()).isEqualTo(60);
		assertThat(report.representations()).isEqualTo(8);
		assertThat(report.dependants()).isPositive();
		assertThat(report.individualContracts()).isEqualTo(report.bankAccounts() + report.representations());
		assertThat(report.people())
			.isEqualTo(report.individualContracts() + report.dependants() + report.affiliations());
	}

	@Test
	void generatedPeopleDecryptAndAreFoundByTheirNir() {
		List<UUID> ids = generated("SELECT id FROM person WHERE nir IS NOT NULL", peopleOfOthers);
		assertThat(ids).hasSize(400);
		for (UUID id : ids.subList(0, 20)) {
			Person person = people.find(new PersonId(id)).orElseThrow();
			assertThat(person.nir()).isNotNull();
			assertThat(people.findByNir(person.nir()))
				.hasValueSatisfying(found -> assertThat(found.id().value()).isEqualTo(id));
			assertThat(people.search(person.name().lastName(), person.birthDate(), 50))
				.anySatisfy(summary -> assertThat(summary.id().value()).isEqualTo(id));
		}
	}

	@Test
	void activeMembersAreRecognisedAndTheirBankAccountsDecrypt() {
		var row = jdbc.queryForList("""
				SELECT c.member_number, p.id, p.last_name, p.first_names, p.birth_date FROM contract_individual c
				JOIN person p ON p.id = c.member_person_id JOIN person_bank_account b ON b.person_id = p.id
				WHERE c.status = 'ACTIVE' ORDER BY c.member_number DESC""")
			.stream()
			.filter(candidate -> !peopleOfOthers.contains((UUID) candidate.get("id")))
			.findFirst()
			.orElseThrow();
		PersonId member = new PersonId((UUID) row.get("id"));
		assertThat(recognition.recognise((String) row.get("last_name"), (String) row.get("first_names"),
				((java.sql.Date) row.get("birth_date")).toLocalDate(),
				MemberNumber.parse((String) row.get("member_number"))))
			.contains(member);
		assertThat(people.bankAccounts(member)).singleElement()
			.satisfies(account -> assertThat(account.iban().isFrench()).isTrue())
			.satisfies(account -> assertThat(account.mandate().rum()).startsWith("ITG-"));
	}

	@Test
	void representationsDecryptForTheirGuardianOrganisation() {
		UUID generatedRepresentation = generated("SELECT id FROM contract_representation", representationsOfOthers)
			.get(0);
		UUID organisation = jdbc.queryForObject(
				"SELECT guardian_organisation_id FROM contract_representation WHERE id = ?", UUID.class,
				generatedRepresentation);
		assertThat(representations.validForOrganisation(organisation, LocalDate.now())).isNotEmpty()
			.allSatisfy(representation -> assertThat(representation.measure()).isNotNull());
	}

	@Test
	void referencesTakeTheSequencesNumbersWithoutGaps() {
		// The generator's block is the newest of the sequence: its last number is the
		// highest reference.
		List<String> references = jdbc.queryForList("SELECT reference FROM request_case", String.class)
			.stream()
			.filter(reference -> reference.matches("DEM-\\d{4}-\\d{6}"))
			.toList();
		long highest = references.stream()
			.mapToLong(reference -> Long.parseLong(reference.substring(9)))
			.max()
			.orElseThrow();

		assertThat(jdbc.queryForObject("SELECT nextval('request_case_reference_seq')", Long.class))
			.isEqualTo(highest + 1);
	}

	@Test
	void openCasesParseIntoTheirTypedPayloads() {
		List<UUID> ids = generated("SELECT id FROM request_case", casesOfOthers);
		assertThat(ids).hasSize(60);
		for (UUID id : ids.subList(0, 30)) {
			CaseDetails details = cases.open(new CaseId(id), UUID.randomUUID());
			if (details.payload() instanceof SubscriptionRequest subscription) {
				assertThat(subscription.subscriber().lastName()).isNotBlank();
				assertThat(subscription.subscriber().address().city()).isNotBlank();
			}
			else {
				assertThat(((Solicitation) details.payload()).subject()).isNotBlank();
			}
			assertThat(details.history()).hasSize(switch (details.status()) {
				case SUBMITTED -> 0;
				case IN_REVIEW -> 1;
				default -> 2;
			});
		}
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
