package fr.integrance.guardianspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.IntegrationTest;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.requests.DependantAddition;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.TestPdf;
import fr.integrance.testsupport.WebSession;

/**
 * A protected adult's beneficiaries changed from iTutelle: the member's dependant cases
 * ({@code DEPENDANT_ADDITION}, {@code DEPENDANT_REMOVAL}) sent by the agent under the
 * iTutelle purpose, the NIR sealed, the acknowledgement and the answer mailed to the
 * agent; staff accept them and the adult's contract covers the child from the date asked,
 * or ends the spouse's cover. Errors in French beside the field; another organisation's
 * agent gets 404 for the adult and the beneficiary.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class GuardianBeneficiariesTests {

	/** A NIR of its own: a person already holding it would be reused on acceptance. */
	static final String CHILD_NIR = PeopleFixtures
		.randomNir(fr.integrance.platform.Civility.MME, LocalDate.of(2026, 1, 20))
		.normalised();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	Representations representations;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	People people;

	@Autowired
	Cases cases;

	@Autowired
	JdbcTemplate jdbc;

	OrganisationId organisation;

	Created agentAccount;

	WebSession agent;

	UUID staff;

	PersonId adult;

	PersonId spouse;

	IndividualContract contract;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		PeopleFixtures fixtures = new PeopleFixtures(context);
		organisation = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		agentAccount = accounts.account(Role.GUARDIAN_AGENT, organisation, false);
		agent = signIn(agentAccount);
		staff = accounts.account(Role.STAFF).id().value();
		adult = fixtures.person("Faure", "Monique", LocalDate.of(1952, 7, 8));
		spouse = fixtures.person("Faure", "Henri", LocalDate.of(1950, 1, 2));
		representations.create(new NewRepresentation(organisation.value(), adult, ProtectionMeasure.CURATELLE_RENFORCEE,
				DateRange.from(LocalDate.of(2024, 1, 1)), "RG 24/0100"));
		contract = fixtures.activeContract(adult, LocalDate.of(2025, 1, 1),
				List.of(new NewDependant(spouse, DependantType.SPOUSE, LocalDate.of(2025, 1, 1))));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	String base() {
		return "/itutelle/majeurs/" + adult.value() + "/beneficiaires";
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	MockHttpServletResponse addChild(WebSession browser, String birthDate, String nir, MockMultipartFile... files) {
		var request = MockMvcRequestBuilders.multipart(base())
			.param("relationship", "CHILD")
			.param("civility", "MME")
			.param("lastName", "Faure")
			.param("firstName", "Léa")
			.param("birthDate", birthDate)
			.param("nir", nir)
			.param("scheme", "GENERAL")
			.param("from", "2026-04-01");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return browser.perform(request.with(csrf()));
	}

	static MockMultipartFile pdf() {
		return new MockMultipartFile("proof", "livret-de-famille.pdf", "application/pdf", TestPdf.onePage());
	}

	CaseDetails latestCase(String type) {
		UUID id = jdbc.queryForObject(
				"SELECT id FROM request_case WHERE request_type = ? AND person_id = ? ORDER BY submitted_at DESC FETCH FIRST 1 ROWS ONLY",
				UUID.class, type, adult.value());
		return cases.open(new CaseId(id), staff);
	}

	@Test
	void aChildAddedByTheAgentIsACaseStaffAcceptAndTheContractCoversThem() throws Exception {
		Document file = page(agent.get("/itutelle/majeurs/" + adult.value()));
		assertThat(file.select("a[href=" + base() + "]")).hasSize(1);
		assertThat(page(agent.get(base())).text()).contains("Henri Faure");

		MockHttpServletResponse sent = addChild(agent, "2026-01-20", CHILD_NIR, pdf());
		assertThat(sent.getRedirectedUrl()).isEqualTo(base());
		CaseDetails details = latestCase("DEPENDANT_ADDITION");
		assertThat(details.purposeId()).isEqualTo("itutelle-member-changes");
		assertThat(details.attachments()).hasSize(1);
		assertThat(((DependantAddition) details.payload()).contract()).isEqualTo(contract.id());
		assertThat(jdbc.queryForObject("SELECT payload FROM request_case WHERE id = ?", String.class,
				details.id().value()))
			.doesNotContain(CHILD_NIR, CHILD_NIR.substring(5, 13));
		assertThat(OutboxDelivery.mailsTo(context, agentAccount.login())).extracting(QueuedMail::subject)
			.anyMatch(subject -> subject.startsWith("Votre demande d’ajout d’un bénéficiaire DEM-"));

		cases.take(details.id(), staff);
		cases.accept(details.id(), staff, Acceptance.withAnswer("Léa est couverte à partir du 01/04/2026."));
		Dependant lea = contracts.find(contract.id())
			.orElseThrow()
			.dependants()
			.stream()
			.filter(d -> d.type() == DependantType.CHILD)
			.findFirst()
			.orElseThrow();
		assertThat(lea.from()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(people.find(lea.person()).orElseThrow().nir().normalised()).isEqualTo(CHILD_NIR);
		assertThat(OutboxDelivery.mailsTo(context, agentAccount.login())).extracting(QueuedMail::text)
			.anyMatch(text -> text.contains("Léa est couverte à partir du 01/04/2026."));
		assertThat(page(agent.get(base())).text()).contains("Léa Faure");
	}

	@Test
	void badInputIsRefusedInFrenchBesideTheFieldAndNothingIsSent() throws Exception {
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM request_case", Long.class);
		Document noProof = page(addChild(agent, "2026-01-20", ""));
		assertThat(noProof.select("#proof-error").text()).contains("Joignez un justificatif");
		Document noRelation = page(agent.perform(MockMvcRequestBuilders.multipart(base()).file(pdf()).with(csrf())));
		assertThat(noRelation.select("#relationship-error").text())
			.contains("Choisissez le lien de cette personne avec le majeur protégé.");
		Document badNir = page(addChild(agent, "2026-01-20", "253072C07300443", pdf()));
		assertThat(badNir.select("#nir-error").text()).isNotBlank();
		assertThat(badNir.select("#firstName").val()).isEqualTo("Léa");
		Document future = page(addChild(agent, "2027-01-20", "", pdf()));
		assertThat(future.select("#birthDate-error").text()).isNotBlank();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_case", Long.class)).isEqualTo(before);
	}

	@Test
	void theSpousesCoverEndsOnTheLastDayOnceAccepted() throws Exception {
		String removal = base() + "/" + spouse.value() + "/retrait";
		Document past = page(agent.post(removal, "lastDay", "2026-03-01"));
		assertThat(past.select("#lastDay-error").text()).isNotBlank();
		assertThat(agent.post(removal, "lastDay", "2026-03-31", "reason", "Divorce").getRedirectedUrl())
			.isEqualTo(base());
		CaseDetails details = latestCase("DEPENDANT_REMOVAL");
		assertThat(details.purposeId()).isEqualTo("itutelle-member-changes");
		cases.take(details.id(), staff);
		cases.accept(details.id(), staff, Acceptance.withAnswer("Fin de couverture le 31/03/2026."));
		assertThat(contracts.find(contract.id()).orElseThrow().dependants())
			.anySatisfy(d -> assertThat(d.until()).isEqualTo(LocalDate.of(2026, 3, 31)));
	}

	@Test
	void anotherOrganisationsAgentAndAStrangerBeneficiaryAreNotFound() throws Exception {
		WebSession stranger = signIn(
				accounts.account(Role.GUARDIAN_AGENT, accounts.organisation(OrganisationKind.GUARDIAN_SERVICE), false));
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM request_case", Long.class);
		assertThat(stranger.get(base()).getStatus()).isEqualTo(404);
		assertThat(addChild(stranger, "2026-01-20", "", pdf()).getStatus()).isEqualTo(404);
		assertThat(stranger.post(base() + "/" + spouse.value() + "/retrait", "lastDay", "2026-03-31").getStatus())
			.isEqualTo(404);
		// someone who is not the adult's beneficiary, and the adult themself
		assertThat(agent.get(base() + "/" + UUID.randomUUID() + "/retrait").getStatus()).isEqualTo(404);
		assertThat(agent.get(base() + "/" + adult.value() + "/retrait").getStatus()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_case", Long.class)).isEqualTo(before);
	}

}
