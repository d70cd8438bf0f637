package fr.integrance.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Objects;
import java.util.Arrays;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.IntegrationTest;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.requests.TestFiles;

/**
 * The subscription request through its six steps, server side: values kept, errors in
 * French, a case stored.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SubscriptionJourneyTests {

	/**
	 * Built per test: container sessions, see
	 * {@link fr.integrance.testsupport.ContainerSessionMockMvc}.
	 */
	MockMvc mvc;

	@Autowired
	org.springframework.web.context.WebApplicationContext webApplicationContext;

	@org.junit.jupiter.api.BeforeEach
	void mockMvcWithContainerSessions() {
		mvc = fr.integrance.testsupport.ContainerSessionMockMvc.of(webApplicationContext);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail smtp;

	MockHttpSession session;

	@BeforeEach
	void newVisitor() {
		session = new MockHttpSession();
	}

	static final Map<String, String> IDENTITY = Map.ofEntries(Map.entry("civility", "MME"),
			Map.entry("lastName", "  Le Floc’h "), Map.entry("firstName", "Anne-Marie"),
			Map.entry("birthName", "Kervella"), Map.entry("birthDate", "1984-02-29"),
			Map.entry("phone", "06 12 34 56 78"), Map.entry("email", "anne.lefloch@example.fr"),
			Map.entry("addressLine1", "12 rue des Lilas"), Map.entry("addressLine2", ""),
			Map.entry("postalCode", "29200"), Map.entry("city", "Brest"));

	@Test
	void journeyWithTwoDependantsStoresSubmittedCaseAndSendsMail() throws Exception {
		redirectsTo(mvc.perform(get("/souscription").param("formule", "confort").session(session)).andReturn(),
				"/souscription/identite");
		redirectsTo(postForm("/souscription/identite", IDENTITY), "/souscription/situation");
		redirectsTo(
				postForm("/souscription/situation",
						Map.of("scheme", "GENERAL", "fund", "CPAM du Finistère", "familySituation", "MARRIED")),
				"/souscription/ayants-droit");
		mvc.perform(post("/souscription/ayants-droit").param("add", "").session(session).with(csrf()));
		mvc.perform(post("/souscription/ayants-droit").param("add", "")
			.param("dependants[0].relationship", "SPOUSE")
			.param("dependants[0].civility", "M")
			.param("dependants[0].lastName", "Le Floc’h")
			.param("dependants[0].firstName", "Yann")
			.param("dependants[0].birthDate", "1982-07-14")
			.session(session)
			.with(csrf()));
		redirectsTo(
				postForm("/souscription/ayants-droit",
						Map.of("dependants[0].relationship", "SPOUSE", "dependants[0].civility", "M",
								"dependants[0].lastName", "Le Floc’h", "dependants[0].firstName", "Yann",
								"dependants[0].birthDate", "1982-07-14", "dependants[1].relationship", "CHILD",
								"dependants[1].civility", "MME", "dependants[1].lastName", "Le Floc’h",
								"dependants[1].firstName", "Maël", "dependants[1].birthDate", "2019-05-03")),
				"/souscription/formule");
		String planPage = page("/souscription/formule");
		assertThat(planPage).containsPattern("value=\"confort\"[^>]*checked");
		redirectsTo(postForm("/souscription/formule", Map.of("planCode", "confort")), "/souscription/pieces");
		MvcResult upload = mvc
			.perform(multipart("/souscription/pieces")
				.file(new MockMultipartFile("attestation", "attestation-droits.pdf", "application/pdf",
						TestFiles.pdf()))
				.param("certifiesAccuracy", "true")
				.param("_marketingConsent", "on")
				.session(session)
				.with(csrf()))
			.andReturn();
		redirectsTo(upload, "/souscription/recapitulatif");

		String summary = page("/souscription/recapitulatif");
		assertThat(summary).contains("Anne-Marie", "Le Floc’h", "29 février 1984", "Conjoint(e) marié(e)", "Enfant",
				"attestation-droits.pdf", "Régime général", "Monsieur Yann Le Floc’h", "Madame Maël Le Floc’h");

		MvcResult sent = mvc.perform(post("/souscription/recapitulatif").session(session).with(csrf())).andReturn();
		redirectsTo(sent, "/souscription/confirmation");
		String reference = (String) Objects.requireNonNull(sent.getFlashMap().get("reference"));
		assertThat(reference).matches("DEM-\\d{4}-\\d{6}");

		Map<String, Object> row = jdbc.queryForMap(
				"SELECT status, request_type, purpose_id, submitter_email, payload FROM request_case WHERE reference = ?",
				reference);
		assertThat(row).containsEntry("status", "SUBMITTED")
			.containsEntry("request_type", "SUBSCRIPTION")
			.containsEntry("purpose_id", "website-subscription-requests")
			.containsEntry("submitter_email", "anne.lefloch@example.fr");
		assertThat((String) row.get("payload"))
			.contains("\"lastName\":\"Le Floc’h\"", "Maël", "\"planCode\":\"confort\"", "\"marketingConsent\":false",
					"\"phone\":\"+33612345678\"")
			.containsPattern("\"firstName\":\"Yann\"[^}]*\"civility\":\"M\"")
			.containsPattern("\"firstName\":\"Maël\"[^}]*\"civility\":\"MME\"");
		// the box was not ticked: no marketing consent recorded
		assertThat(jdbc.queryForObject("SELECT count(*) FROM consent_record WHERE subject_ref = ?", Integer.class,
				DataSubjectRef.email("anne.lefloch@example.fr").journalRef()))
			.isZero();
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM request_attachment a JOIN request_case c ON a.case_id = c.id "
						+ "WHERE c.reference = ?", Integer.class, reference))
			.isEqualTo(1);

		MimeMessage mail = mailTo("anne.lefloch@example.fr");
		assertThat(mail.getSubject()).contains(reference);
		String body = fr.integrance.notification.OutboxDelivery.text(mail);
		assertThat(body).contains(reference).doesNotContain("1984").doesNotContain("Maël");

		String confirmation = mvc.perform(get("/souscription/confirmation").flashAttr("reference", reference))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains(reference);
		// The draft is gone: a new request starts empty.
		assertThat(page("/souscription/identite")).doesNotContain("Anne-Marie");
	}

	@Test
	void invalidStepComesBackWithEveryValueAndFrenchMessages() throws Exception {
		Map<String, String> wrong = new java.util.HashMap<>(IDENTITY);
		wrong.put("phone", "12345");
		wrong.put("postalCode", "2920");
		wrong.put("firstName", "Anne<script>");
		MvcResult result = postForm("/souscription/identite", wrong);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("<title>Erreur : Vos coordonnées")
			.contains("Ce numéro de téléphone n’est pas valide.")
			.contains("Le code postal doit comporter 5 chiffres")
			.contains("Le prénom ne peut contenir que des lettres")
			.contains("href=\"#phone\"", "href=\"#postalCode\"", "href=\"#firstName\"")
			.contains("value=\"12345\"", "value=\"2920\"", "value=\"Anne&lt;script&gt;\"", "value=\"Le Floc&rsquo;h\"",
					"value=\"Kervella\"", "value=\"1984-02-29\"", "value=\"anne.lefloch@example.fr\"",
					"value=\"12 rue des Lilas\"", "value=\"Brest\"")
			.containsPattern("value=\"MME\"[^>]*checked")
			.doesNotContain("<script>");
		// The summary lists the errors in the order of the fields on the page.
		assertThat(html.indexOf("href=\"#firstName\"")).isLessThan(html.indexOf("href=\"#phone\""));
		assertThat(html.indexOf("href=\"#phone\"")).isLessThan(html.indexOf("href=\"#postalCode\""));
		// Not completed: the next step cannot be opened.
		redirectsTo(mvc.perform(get("/souscription/situation").session(session)).andReturn(), "/souscription/identite");
	}

	@Test
	void tickedMarketingBoxIsRecordedAsAConsentWithTheRequest() throws Exception {
		String email = "offres-" + java.util.UUID.randomUUID() + "@example.fr";
		Map<String, String> identity = new java.util.HashMap<>(IDENTITY);
		identity.put("email", email);
		identity.put("phone", "+44 20 7946 0958");
		redirectsTo(postForm("/souscription/identite", identity), "/souscription/situation");
		postForm("/souscription/situation", Map.of("scheme", "GENERAL", "familySituation", "SINGLE"));
		postForm("/souscription/ayants-droit", Map.of());
		postForm("/souscription/formule", Map.of("planCode", "essentielle"));
		redirectsTo(
				postForm("/souscription/pieces",
						Map.of("certifiesAccuracy", "true", "marketingConsent", "true", "_marketingConsent", "on")),
				"/souscription/recapitulatif");
		MvcResult sent = mvc
			.perform(post("/souscription/recapitulatif").header("User-Agent", "JourneyTest/1.0")
				.session(session)
				.with(csrf()))
			.andReturn();
		redirectsTo(sent, "/souscription/confirmation");
		String reference = (String) Objects.requireNonNull(sent.getFlashMap().get("reference"));

		Map<String, Object> request = jdbc
			.queryForMap("SELECT payload, submitted_at FROM request_case WHERE reference = ?", reference);
		String payload = (String) Objects.requireNonNull(request.get("payload"));
		assertThat(payload).contains("\"marketingConsent\":true", "\"phone\":\"+442079460958\"");
		String noticeVersion = payload.replaceAll("(?s).*\"noticeVersion\":\"([^\"]+)\".*", "$1");

		java.util.List<Map<String, Object>> consents = jdbc.queryForList(
				"SELECT purpose_id, decision, method, notice_version, recorded_at, user_agent FROM consent_record "
						+ "WHERE subject_ref = ?",
				DataSubjectRef.email(email.toUpperCase(java.util.Locale.ROOT)).journalRef());
		assertThat(consents).singleElement().satisfies(consent -> {
			assertThat(consent).containsEntry("purpose_id", "marketing")
				.containsEntry("decision", "GIVEN")
				.containsEntry("method", "FORM")
				.containsEntry("notice_version", noticeVersion)
				.containsEntry("user_agent", "JourneyTest/1.0");
			assertThat(consent.get("recorded_at")).isNotNull();
		});
		// the address itself is not the consent subject: only its digest is stored
		assertThat(jdbc.queryForObject("SELECT count(*) FROM consent_record WHERE subject_ref LIKE ?", Integer.class,
				"%" + email + "%"))
			.isZero();
	}

	@Test
	void eachDependantsCivilityIsAskedKeptOnErrorsAndOnStepBack() throws Exception {
		postForm("/souscription/identite", IDENTITY);
		postForm("/souscription/situation", Map.of("scheme", "GENERAL", "familySituation", "MARRIED"));
		MvcResult missing = postForm("/souscription/ayants-droit",
				Map.of("dependants[0].relationship", "SPOUSE", "dependants[0].lastName", "Le Floc’h",
						"dependants[0].firstName", "Yann", "dependants[0].birthDate", "1982-07-14",
						"dependants[1].relationship", "CHILD", "dependants[1].civility", "MME",
						"dependants[1].lastName", "Le Floc’h", "dependants[1].firstName", "Maël",
						"dependants[1].birthDate", "2019-05-03"));
		assertThat(missing.getResponse().getStatus()).isEqualTo(200);
		String html = missing.getResponse().getContentAsString();
		assertThat(html)
			.contains("Choisissez la civilité de cet ayant droit.", "href=\"#dependants0.civility\"",
					"id=\"dependants0.civility-error\"")
			.containsPattern("name=\"dependants\\[1\\].civility\" value=\"MME\"[^>]*checked")
			.contains("value=\"Yann\"");

		redirectsTo(postForm("/souscription/ayants-droit",
				Map.of("back", "", "dependants[0].relationship", "SPOUSE", "dependants[0].civility", "M",
						"dependants[0].lastName", "Le Floc’h", "dependants[0].firstName", "Yann",
						"dependants[0].birthDate", "1982-07-14")),
				"/souscription/situation");
		assertThat(page("/souscription/ayants-droit"))
			.containsPattern("name=\"dependants\\[0\\].civility\" value=\"M\"[^>]*checked");
	}

	@Test
	void stepBackKeepsWhatWasTypedOnTheCurrentStep() throws Exception {
		postForm("/souscription/identite", IDENTITY);
		MvcResult back = mvc
			.perform(post("/souscription/situation").param("back", "")
				.param("scheme", "AGRICULTURAL")
				.param("fund", "MSA d’Armorique")
				.param("familySituation", "")
				.session(session)
				.with(csrf()))
			.andReturn();
		redirectsTo(back, "/souscription/identite");

		assertThat(page("/souscription/identite")).contains("value=\"Anne-Marie\"");
		String situation = page("/souscription/situation");
		assertThat(situation).contains("value=\"MSA d&rsquo;Armorique\"")
			.containsPattern("value=\"AGRICULTURAL\"[^>]*checked");
		assertThat(situation).doesNotContain("error-summary");
	}

	@Test
	void removingADependantKeepsTheOthers() throws Exception {
		postForm("/souscription/identite", IDENTITY);
		postForm("/souscription/situation", Map.of("scheme", "GENERAL", "familySituation", "SINGLE"));
		mvc.perform(post("/souscription/ayants-droit").param("remove", "0")
			.param("dependants[0].relationship", "CHILD")
			.param("dependants[0].firstName", "Premier")
			.param("dependants[0].lastName", "Enfant")
			.param("dependants[1].relationship", "CHILD")
			.param("dependants[1].firstName", "Second")
			.param("dependants[1].lastName", "Enfant")
			.param("dependants[1].birthDate", "2015-01-02")
			.session(session)
			.with(csrf()));
		String html = page("/souscription/ayants-droit");
		assertThat(html).contains("value=\"Second\"", "value=\"2015-01-02\"").doesNotContain("Premier");
	}

	@Test
	void secondPartnerIsRefused() throws Exception {
		postForm("/souscription/identite", IDENTITY);
		postForm("/souscription/situation", Map.of("scheme", "GENERAL", "familySituation", "MARRIED"));
		MvcResult result = postForm("/souscription/ayants-droit",
				Map.of("dependants[0].relationship", "SPOUSE", "dependants[0].lastName", "Un",
						"dependants[0].firstName", "Conjoint", "dependants[0].birthDate", "1980-01-01",
						"dependants[1].relationship", "PACS_PARTNER", "dependants[1].lastName", "Deux",
						"dependants[1].firstName", "Partenaire", "dependants[1].birthDate", "1981-01-01"));
		assertThat(result.getResponse().getContentAsString())
			.contains("Un seul conjoint, partenaire de PACS ou concubin peut être couvert")
			.contains("href=\"#dependants1.relationship\"");
	}

	@Test
	void hostileAttestationIsRefusedAndTheDraftKept() throws Exception {
		walkToDocumentsStep();
		MvcResult html = mvc
			.perform(multipart("/souscription/pieces")
				.file(new MockMultipartFile("attestation", "attestation.pdf", "application/pdf", TestFiles.html()))
				.param("certifiesAccuracy", "true")
				.session(session)
				.with(csrf()))
			.andReturn();
		assertThat(html.getResponse().getStatus()).isEqualTo(200);
		assertThat(html.getResponse().getContentAsString())
			.contains("Le contenu du fichier ne correspond pas à son extension", "href=\"#attestation\"");

		MvcResult javascript = mvc
			.perform(multipart("/souscription/pieces").file(new MockMultipartFile("attestation", "attestation.pdf",
					"application/pdf", TestFiles.pdfWithJavaScript()))
				.session(session)
				.with(csrf()))
			.andReturn();
		assertThat(javascript.getResponse().getContentAsString()).contains("Ce PDF contient du code ou des actions");

		MvcResult traversal = mvc
			.perform(multipart("/souscription/pieces")
				.file(new MockMultipartFile("attestation", "../../../etc/passwd.png", "image/png", TestFiles.png()))
				.param("certifiesAccuracy", "true")
				.session(session)
				.with(csrf()))
			.andReturn();
		redirectsTo(traversal, "/souscription/recapitulatif");
		assertThat(page("/souscription/recapitulatif")).contains("passwd.png").doesNotContain("../");
		assertThat(page("/souscription/identite")).contains("value=\"Anne-Marie\"");
	}

	private void walkToDocumentsStep() throws Exception {
		postForm("/souscription/identite", IDENTITY);
		postForm("/souscription/situation", Map.of("scheme", "GENERAL", "familySituation", "SINGLE"));
		postForm("/souscription/ayants-droit", Map.of());
		redirectsTo(postForm("/souscription/formule", Map.of("planCode", "essentielle")), "/souscription/pieces");
	}

	@Test
	void stepsCannotBeSkipped() throws Exception {
		redirectsTo(mvc.perform(get("/souscription/recapitulatif").session(session)).andReturn(),
				"/souscription/identite");
		redirectsTo(mvc.perform(post("/souscription/recapitulatif").session(session).with(csrf())).andReturn(),
				"/souscription/identite");
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		MockHttpServletRequestBuilder request = post("/souscription/identite").session(session);
		IDENTITY.forEach(request::param);
		assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void everyStepShowsTheRegisterNoticeForSubscriptions() throws Exception {
		String html = page("/souscription/identite");
		assertThat(html).contains("Traitement des demandes de souscription")
			.contains("Exécution du contrat (mesures précontractuelles)", "article 6(1)(b) du RGPD", "Consentement")
			.contains("Prospect : 3 ans", "Adhérent : durée de vie du contrat plus 6 ans")
			.contains("Droit à la portabilité", "Droit de retirer son consentement")
			.contains("dpo@integrance.fr", "75970 PARIS Cedex 20", "href=\"/politique-de-confidentialite\"")
			.contains("aria-current=\"step\"");
	}

	@Test
	void stepSpeaksEnglishWhenAsked() throws Exception {
		String html = mvc.perform(get("/souscription/identite").param("lang", "en").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"en\"", "Your details", "Membership request — step 1 of 6",
				"Handling subscription requests", "Prospect: 3 years", "Right of access");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "relationship, EMPEREUR", "civility, EMPEREUR",
			"birthDate, 31/02/2019", "birthDate, demain" })
	void dependantWhenValueMalformedThenFrenchMessageNextToTheFieldNeverA500(String field, String value)
			throws Exception {
		redirectsTo(mvc.perform(get("/souscription").param("formule", "confort").session(session)).andReturn(),
				"/souscription/identite");
		redirectsTo(postForm("/souscription/identite", IDENTITY), "/souscription/situation");
		redirectsTo(
				postForm("/souscription/situation",
						Map.of("scheme", "GENERAL", "fund", "CPAM du Finistère", "familySituation", "MARRIED")),
				"/souscription/ayants-droit");
		java.util.Map<String, String> dependant = new java.util.HashMap<>(
				Map.of("dependants[0].relationship", "CHILD", "dependants[0].civility", "MME", "dependants[0].lastName",
						"Le Floc’h", "dependants[0].firstName", "Maël", "dependants[0].birthDate", "2019-05-03"));
		dependant.put("dependants[0]." + field, value);
		dependant.putAll(Map.of("dependants[1].relationship", "SPOUSE", "dependants[1].civility", "EMPEREUR",
				"dependants[1].lastName", "Le Floc’h", "dependants[1].firstName", "Yann", "dependants[1].birthDate",
				"31/02/1982"));

		MvcResult result = postForm("/souscription/ayants-droit", dependant);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("<html lang=\"fr\"", "value=\"Ma&euml;l\"")
			.doesNotContain("Failed to convert")
			.contains("class=\"error-message\"");
	}

	@Test
	void dependantsPostedWithForgedValuesBeforeTheEarlierStepsNeverGiveA500() throws Exception {
		// found by the fuzz test: a forged civility on the second row, posted straight to
		// the step in a new session
		java.util.Map<String, String> rows = new java.util.HashMap<>(Map.of("dependants[0].relationship", "COHABITANT",
				"dependants[0].civility", "M", "dependants[0].lastName", "a@b.c", "dependants[0].firstName", "Dupont",
				"dependants[0].birthDate", "1980-05-17"));
		rows.putAll(Map.of("dependants[1].relationship", "PACS_PARTNER", "dependants[1].civility", "EMPEREUR",
				"dependants[1].lastName", "Dupont", "dependants[1].firstName", "Dupont", "dependants[1].birthDate",
				"1980-05-17", "locale", "Bonjour, une question."));

		MvcResult result = postForm("/souscription/ayants-droit", rows);

		assertThat(result.getResponse().getStatus()).isLessThan(500);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Failed to convert");
	}

	private MvcResult postForm(String path, Map<String, String> values) throws Exception {
		MockHttpServletRequestBuilder request = post(path).session(session).with(csrf());
		values.forEach(request::param);
		return mvc.perform(request).andReturn();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
	}

	private static void redirectsTo(MvcResult result, String path) {
		assertThat(result.getResponse().getStatus()).as("status of %s", result.getRequest().getRequestURI())
			.isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(path);
	}

	private MimeMessage mailTo(String address) {
		// the acknowledgement waits in the outbox: send it as the scheduled dispatcher
		// would
		fr.integrance.notification.OutboxDelivery.deliverDue(webApplicationContext);
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no mail to " + address));
	}

}
