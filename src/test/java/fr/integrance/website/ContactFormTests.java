package fr.integrance.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Path;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.integrance.IntegrationTest;
import fr.integrance.platform.files.HostileFiles;
import fr.integrance.requests.TestFiles;

/**
 * {@code /contact}: a sollicitation with files becomes a case; hostile files (an HTML
 * page named .pdf, a PDF with JavaScript, a launch action or an embedded program,
 * polyglots, bombs, deceptive names, a fourth file) are refused in French beside the
 * field or neutralised, a refused file never costs the person what they typed, and
 * nothing is stored before the whole form is valid.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ContactFormTests {

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
	fr.integrance.documents.StoredContents contents;

	@Value("${app.data-dir}")
	Path dataDir;

	MockHttpSession session;

	@BeforeEach
	void newVisitor() {
		session = new MockHttpSession();
	}

	@Test
	void questionWithTwoFilesBecomesCaseWithTwoAttachments() throws Exception {
		MvcResult result = send(contact("paul.durand@example.fr"), file("facture.pdf", TestFiles.pdf()),
				file("ordonnance.png", TestFiles.png()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/contact/confirmation");
		String reference = (String) result.getFlashMap().get("reference");
		assertThat(reference).matches("DEM-\\d{4}-\\d{6}");
		assertThat(jdbc.queryForMap("SELECT request_type, purpose_id, status FROM request_case WHERE reference = ?",
				reference))
			.containsEntry("request_type", "SOLICITATION")
			.containsEntry("purpose_id", "website-requests")
			.containsEntry("status", "SUBMITTED");
		assertThat(
				jdbc.queryForList(
						"SELECT a.display_name FROM request_attachment a JOIN request_case c "
								+ "ON a.case_id = c.id WHERE c.reference = ? ORDER BY a.display_name",
						String.class, reference))
			.containsExactly("facture.pdf", "ordonnance.png");
	}

	@Test
	void phoneIsCheckedByThePlatformAndStoredInE164() throws Exception {
		Map<String, String> values = contact("louis.martin@example.fr");
		values.put("phone", "06 12 34");
		MvcResult refused = send(values);
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("Ce numéro de téléphone n’est pas valide.",
				"href=\"#phone\"", "id=\"phone-error\"", "value=\"06 12 34\"");

		values.put("phone", "+44 20 7946 0958");
		MvcResult sent = send(values);
		String reference = (String) sent.getFlashMap().get("reference");
		assertThat(jdbc.queryForObject("SELECT payload FROM request_case WHERE reference = ?", String.class, reference))
			.contains("\"phone\":\"+442079460958\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a@b.c", "x@y.z1", "paul@-exemple.fr", "paul durand@exemple.fr" })
	void anAddressTheDomainRefusesIsRefusedByTheFormInFrenchAndNothingIsStored(String email) throws Exception {
		MvcResult refused = send(contact(email));

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString())
			.contains("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.", "href=\"#email\"");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM request_case WHERE submitter_email = ?", Integer.class,
				email))
			.isZero();
	}

	@Test
	void aForgedCivilityIsAFrenchMessageNextToTheFieldNotTheConversionText() throws Exception {
		Map<String, String> values = contact("paul.durand@example.fr");
		values.put("civility", "EMPEREUR");

		MvcResult refused = send(values);

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString())
			.contains("Cette valeur n’est pas valide : choisissez l’une de celles que le formulaire propose.")
			.doesNotContain("Failed to convert", "fr.integrance");
	}

	@Test
	void invalidFormKeepsValuesStoresNothingAndAsksForTheFilesAgain() throws Exception {
		int rows = attachmentCount();
		long files = filesOnDisk();
		Map<String, String> values = contact("claire.petit@example.fr");
		values.put("message", "");
		MvcResult first = send(values, file("devis.pdf", TestFiles.pdf()));

		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		String html = first.getResponse().getContentAsString();
		assertThat(html).contains("Saisissez votre message", "value=\"claire.petit@example.fr\"",
				"choisissez-les à nouveau", "value=\"Question sur ma cotisation\"");
		assertThat(attachmentCount()).isEqualTo(rows);
		assertThat(filesOnDisk()).isEqualTo(files);

		values.put("message", "Pourquoi ma cotisation augmente-t-elle ?");
		MvcResult second = send(values, file("devis.pdf", TestFiles.pdf()));
		String reference = (String) second.getFlashMap().get("reference");
		assertThat(jdbc.queryForList("SELECT a.display_name FROM request_attachment a JOIN request_case c "
				+ "ON a.case_id = c.id WHERE c.reference = ?", String.class, reference))
			.containsExactly("devis.pdf");
	}

	static java.util.stream.Stream<HostileFiles.Sample> hostileSamples() {
		return HostileFiles.hostile()
			.stream()
			.filter(sample -> java.util.Set
				.of("launch-openaction", "embedded-exe", "submitform", "pdf-then-html", "jpeg-then-html",
						"png-50000x50000", "pdf-flate-bomb-1gb", "rtl-override-name", "nul-in-name", "encrypted-pdf")
				.contains(sample.id()));
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.MethodSource("hostileSamples")
	void hostileFileIsRefusedInFrenchBesideTheFieldWithTheFormKeptAndNothingStored(HostileFiles.Sample sample)
			throws Exception {
		int rows = attachmentCount();
		long files = filesOnDisk();
		MvcResult result = send(contact("hostile@example.fr"), file(sample.uploadName(), sample.content()));

		assertThat(result.getResponse().getStatus())
			.isEqualTo(sample.expected() == fr.integrance.platform.FileRejection.NAME_NOT_ALLOWED ? 400 : 200);
		String expected = java.util.ResourceBundle.getBundle("i18n/intake", java.util.Locale.FRENCH)
			.getString("intake.upload.error."
					+ sample.expected().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		assertThat(result.getResponse().getContentAsString()).contains(expected)
			.contains("href=\"#attachments\"", "value=\"hostile@example.fr\"");
		assertThat(attachmentCount()).isEqualTo(rows);
		assertThat(filesOnDisk()).isEqualTo(files);
	}

	@Test
	void htmlPageNamedPdfIsRefusedAndNothingIsStored() throws Exception {
		int before = attachmentCount();
		MvcResult result = send(contact("html@example.fr"), file("attestation.pdf", TestFiles.html()));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString())
			.contains("Le contenu du fichier ne correspond pas à son extension")
			.contains("href=\"#attachments\"")
			.contains("value=\"html@example.fr\"");
		assertThat(attachmentCount()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM request_case WHERE submitter_email = ?", Integer.class,
				"html@example.fr"))
			.isZero();
	}

	@Test
	void pdfWithJavaScriptIsRefused() throws Exception {
		MvcResult result = send(contact("js@example.fr"), file("releve.pdf", TestFiles.pdfWithJavaScript()));
		assertThat(result.getResponse().getContentAsString()).contains("Ce PDF contient du code ou des actions");

		MvcResult hidden = send(contact("js@example.fr"),
				file("releve.pdf", TestFiles.pdfWithJavaScriptInObjectStream()));
		assertThat(hidden.getResponse().getContentAsString()).contains("Ce PDF contient du code ou des actions");
	}

	@Test
	void pathTraversalNameIsOnlyDisplayedAndTheFileIsStoredUnderItsId() throws Exception {
		MvcResult result = send(contact("traversal@example.fr"), file("../../etc/passwd.pdf", TestFiles.pdf()));

		String reference = (String) result.getFlashMap().get("reference");
		Map<String, Object> row = jdbc.queryForMap("SELECT a.id, a.display_name FROM request_attachment a "
				+ "JOIN request_case c ON a.case_id = c.id WHERE c.reference = ?", reference);
		assertThat(row.get("display_name")).isEqualTo("passwd.pdf");
		// Stored encrypted under a generated content id, read back decrypted.
		Object contentId = jdbc.queryForObject("SELECT content_id FROM request_attachment WHERE id = ?", Object.class,
				row.get("id"));
		assertThat(contentId).isNotNull();
		try (java.io.InputStream in = contents
			.open(new fr.integrance.documents.ContentId(java.util.UUID.fromString(String.valueOf(contentId))))) {
			assertThat(in.readAllBytes()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		}
		assertThat(dataDir.resolve("uploads/../../etc/passwd.pdf").normalize()).doesNotExist();
		assertThat(dataDir.resolve("etc")).doesNotExist();
	}

	@Test
	void fourthFileIsRefused() throws Exception {
		MvcResult result = send(contact("four@example.fr"), file("1.pdf", TestFiles.pdf()),
				file("2.png", TestFiles.png()), file("3.jpg", TestFiles.jpeg()), file("4.pdf", TestFiles.pdf()));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("Vous pouvez joindre 3 fichiers au plus");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM request_case WHERE submitter_email = ?", Integer.class,
				"four@example.fr"))
			.isZero();
	}

	@Test
	void pageShowsTheRegisterNoticeForRequests() throws Exception {
		String html = mvc.perform(get("/contact")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Traitement des demandes et sollicitations adhérent/prospect", "Consentement",
				"dpo@integrance.fr", "enctype=\"multipart/form-data\"", "/contact?_csrf=");
	}

	private Map<String, String> contact(String email) {
		Map<String, String> values = new java.util.HashMap<>();
		values.put("lastName", "Durand");
		values.put("firstName", "Paul");
		values.put("email", email);
		values.put("phone", "");
		values.put("memberNumber", "");
		values.put("subject", "Question sur ma cotisation");
		values.put("message", "Bonjour, pouvez-vous m’expliquer ?");
		values.put("consent", "true");
		return values;
	}

	private static Map<String, String> withoutMessage(Map<String, String> values) {
		values.put("message", "");
		return values;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("attachments", name, "application/octet-stream", content);
	}

	private MvcResult send(Map<String, String> values, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/contact");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		values.forEach(request::param);
		return mvc.perform(request.session(session).with(csrf())).andReturn();
	}

	/** Files stored: encrypted contents (attachments no longer go to a directory). */
	private long filesOnDisk() {
		return Objects.requireNonNull(jdbc.queryForObject("SELECT count(*) FROM document_content", Long.class));
	}

	private int attachmentCount() {
		return Objects.requireNonNull(jdbc.queryForObject("SELECT count(*) FROM request_attachment", Integer.class));
	}

}
