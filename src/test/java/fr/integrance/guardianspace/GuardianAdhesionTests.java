package fr.integrance.guardianspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.IntegrationTest;
import fr.integrance.audit.JournalQuery;
import fr.integrance.audit.JournalRecord;
import fr.integrance.audit.JournalSearch;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representation;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.requests.RequestStatus;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.WebSession;

/**
 * The adhesion of a new protected adult from iTutelle: the form (a bad NIR or no judgment
 * come back as French errors beside their fields, nothing sent), the case with the NIR,
 * the IBAN and the health needs sealed in its payload, staff acceptance (the person, the
 * representation with the measure, court and judgment, the care record, the account with
 * its mandate, the contract), then the adult visible to a second agent of the same
 * organisation with the needs shown and journaled, and unknown (404, absent from the
 * list) to an agent of another organisation. The health needs are ciphertext in the
 * database and absent from the list.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class GuardianAdhesionTests {

	static final String FORM = "/itutelle/adhesions/nouvelle";

	static final String NEEDS_DETAILS = "Suivi cardiologique trimestriel zq7";

	static final String IBAN = "FR7630006000011234567890189";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	Representations representations;

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	PlanCatalogue catalogue;

	@Autowired
	JournalSearch journal;

	@Autowired
	JdbcTemplate jdbc;

	WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static Document page(MockHttpServletResponse response) {
		try {
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A valid NIR never used before: a man born in Paris in 1950, random order number.
	 */
	static String freshNir() {
		long body = Long.parseLong("1500175056" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
		long key = 97 - (body % 97);
		return body + String.format("%02d", key);
	}

	static byte[] pdf() {
		return fr.integrance.testsupport.TestPdf.onePage();
	}

	Map<String, String> form(String lastName, String nir) {
		LocalDate today = LocalDate.now(clock);
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("civility", "M");
		fields.put("lastName", lastName);
		fields.put("firstName", "Octave");
		fields.put("birthDate", "1950-01-15");
		fields.put("nir", nir);
		fields.put("addressLine1", "12 rue des Tilleuls");
		fields.put("postalCode", "69003");
		fields.put("city", "Lyon");
		fields.put("measureType", "MESURE_ACCOMPAGNEMENT_JUDICIAIRE");
		fields.put("court", "Tribunal judiciaire de Lyon");
		fields.put("judgmentDate", today.minusDays(20).toString());
		fields.put("reference", "RG 26/0777");
		fields.put("validFrom", today.minusDays(10).toString());
		fields.put("validUntil", today.plusYears(2).toString());
		fields.put("housing", "CARE_HOME");
		fields.put("establishment", "EHPAD Les Glycines");
		fields.put("dental", "true");
		fields.put("longTermCondition", "true");
		fields.put("needsDetails", NEEDS_DETAILS);
		fields.put("planCode", catalogue.plans().get(0).code());
		fields.put("iban", IBAN);
		fields.put("bic", "AGRIFRPP");
		fields.put("accountHolder", "Association tutélaire pour " + lastName);
		fields.put("beneficiaries[0].relationship", "CHILD");
		fields.put("beneficiaries[0].civility", "MME");
		fields.put("beneficiaries[0].lastName", lastName);
		fields.put("beneficiaries[0].firstName", "Lise");
		fields.put("beneficiaries[0].birthDate", "2008-04-02");
		return fields;
	}

	MockHttpServletResponse send(WebSession browser, Map<String, String> fields, byte[] judgment) {
		var request = MockMvcRequestBuilders.multipart(FORM);
		if (judgment.length > 0) {
			request.file(new MockMultipartFile("judgment", "jugement.pdf", "application/pdf", judgment));
		}
		fields.forEach(request::param);
		return browser.perform(request.with(csrf()));
	}

	@Test
	void adhesionAcceptedByStaffIsVisibleToEveryAgentOfTheOrganisationAndToNobodyElse() {
		OrganisationId mine = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		OrganisationId other = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		Created firstAgent = accounts.account(Role.GUARDIAN_AGENT, mine, false);
		WebSession agent = signIn(firstAgent);
		String lastName = "Adhésion" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
				+ (char) ('a' + ThreadLocalRandom.current().nextInt(26));
		String nir = freshNir();

		assertThat(page(agent.get(FORM)).select("h1").text())
			.isEqualTo("Demander l’adhésion d’un nouveau majeur protégé");
		MockHttpServletResponse sent = send(agent, form(lastName, nir), pdf());
		assertThat(sent.getRedirectedUrl()).as(() -> page(sent).select(".error-summary, .error-message").text())
			.isEqualTo(FORM);
		assertThat(page(agent.get(FORM)).text()).contains("Votre demande d’adhésion est envoyée sous la référence");

		CaseId caseId = new CaseId(jdbc.queryForObject(
				"SELECT id FROM request_case WHERE request_type = 'GUARDIAN_ADHESION' AND payload LIKE ?", UUID.class,
				"%" + lastName + "%"));
		String payload = jdbc.queryForObject("SELECT payload FROM request_case WHERE id = ?", String.class,
				caseId.value());
		assertThat(payload).contains(lastName, "Tribunal judiciaire de Lyon", "EHPAD Les Glycines")
			.doesNotContain(nir, IBAN, "FR76", NEEDS_DETAILS, "cardiologique");
		String purpose = jdbc.queryForObject("SELECT purpose_id FROM request_case WHERE id = ?", String.class,
				caseId.value());
		assertThat(purpose).isEqualTo("itutelle-adhesion-requests");

		UUID staff = accounts.account(Role.STAFF).id().value();
		cases.take(caseId, staff);
		CaseDetails accepted = cases.accept(caseId, staff, Acceptance.withAnswer("Dossier complet"));
		assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);

		Representation representation = representations.ofOrganisation(mine.value())
			.stream()
			.filter(r -> people.summaries(List.of(r.protectedAdult()))
				.get(r.protectedAdult())
				.name()
				.lastName()
				.equals(lastName))
			.findFirst()
			.orElseThrow();
		PersonId adult = representation.protectedAdult();
		assertThat(representation.measure()).isEqualTo(ProtectionMeasure.MESURE_ACCOMPAGNEMENT_JUDICIAIRE);
		assertThat(representation.court()).isEqualTo("Tribunal judiciaire de Lyon");
		assertThat(representation.courtDecisionReference()).isEqualTo("RG 26/0777");
		assertThat(representation.judgmentDate()).isEqualTo(LocalDate.now(clock).minusDays(20));
		assertThat(people.find(adult).orElseThrow().nir().normalised()).isEqualTo(nir);
		assertThat(people.bankAccounts(adult)).singleElement()
			.satisfies(account -> assertThat(account.iban().value()).isEqualTo(IBAN));
		assertThat(contracts.ofPerson(adult)).singleElement()
			.satisfies(contract -> assertThat(contract.dependants()).hasSize(1));
		assertThat(representations.ofOrganisation(other.value())).noneMatch(r -> r.protectedAdult().equals(adult));

		// at rest: ciphertext only
		Map<String, Object> care = jdbc.queryForMap(
				"SELECT housing, establishment, health_needs FROM contract_adult_care WHERE protected_person_id = ?",
				adult.value());
		assertThat(care.get("housing")).isEqualTo("CARE_HOME");
		assertThat((String) care.get("health_needs")).startsWith("v1:").doesNotContain(NEEDS_DETAILS, "cardiologique");
		assertThat((String) care.get("establishment")).startsWith("v1:").doesNotContain("Glycines");

		// a second agent of the organisation sees the adult, the needs only on the file
		Created secondAgent = accounts.account(Role.GUARDIAN_AGENT, mine, false);
		WebSession colleague = signIn(secondAgent);
		Document list = page(colleague.get("/itutelle/majeurs?q=" + lastName));
		assertThat(list.text()).contains("Octave " + lastName).doesNotContain("cardiologique", "Glycines");
		Document file = page(colleague.get("/itutelle/majeurs/" + adult.value()));
		assertThat(file.text()).contains("Mesure d’accompagnement judiciaire", "Tribunal judiciaire de Lyon",
				"RG 26/0777", "En EHPAD", "EHPAD Les Glycines", NEEDS_DETAILS, "Affection de longue durée (ALD)");
		assertThat(file.text()).doesNotContain(nir, IBAN);
		List<JournalRecord> readings = journal
			.search(new JournalQuery("PERSON:" + adult.value(), null, "person.read", null, null, null, 20))
			.entries();
		assertThat(readings).anySatisfy(entry -> {
			assertThat(entry.actorRef()).isEqualTo("ACCOUNT:" + secondAgent.id().value());
			assertThat(entry.objectRef()).isEqualTo("health-needs:guardian-organisation:" + mine.value());
		});

		// an agent of another organisation: unknown
		WebSession stranger = signIn(accounts.account(Role.GUARDIAN_AGENT, other, true));
		assertThat(stranger.get("/itutelle/majeurs/" + adult.value()).getStatus()).isEqualTo(404);
		assertThat(page(stranger.get("/itutelle/majeurs?q=" + lastName)).text()).doesNotContain("Octave " + lastName);
	}

	@Test
	void aBadNirAndAMissingJudgmentComeBackBesideTheirFieldsAndNothingIsSent() {
		OrganisationId mine = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		WebSession agent = signIn(accounts.account(Role.GUARDIAN_AGENT, mine, false));
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM request_case WHERE request_type = 'GUARDIAN_ADHESION'",
				Long.class);
		Map<String, String> fields = form("Erroné", "150017505612300");
		fields.put("validUntil", LocalDate.now(clock).minusYears(1).toString());
		fields.put("establishment", "");
		MockHttpServletResponse refused = send(agent, fields, new byte[0]);
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = page(refused);
		assertThat(page.title()).startsWith("Erreur");
		assertThat(page.select("#nir-error").text()).isNotBlank();
		assertThat(page.select("#validUntil-error").text()).contains("La fin de validité doit suivre le début");
		assertThat(page.select("#establishment-error").text()).contains("Indiquez le nom de l’établissement");
		assertThat(page.select("#judgment-error").text()).contains("Joignez la copie du jugement");
		assertThat(page.select("#lastName").val()).isEqualTo("Erroné");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_case WHERE request_type = 'GUARDIAN_ADHESION'",
				Long.class))
			.isEqualTo(before);

		List<String> invalid = new ArrayList<>();
		Map<String, String> hostile = form("Hostile", freshNir());
		MockHttpServletResponse script = send(agent, hostile,
				"<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
		assertThat(script.getStatus()).isEqualTo(200);
		invalid.add(page(script).select("#judgment-error").text());
		assertThat(invalid).allSatisfy(text -> assertThat(text).isNotBlank());
	}

}
