package fr.integrance.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.integrance.IntegrationTest;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * {@code /mes-droits}: the rights of the register explained, a request stored RECEIVED,
 * the PDF form from the register.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RightsPageTests {

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
	ProcessingRegister register;

	@Test
	void pageExplainsEveryRightOfTheRegisterAndLinksThePdf() throws Exception {
		String html = mvc.perform(get("/mes-droits")).andReturn().getResponse().getContentAsString();

		for (Register.Right right : register.current().rights()) {
			assertThat(html).contains(right.label());
		}
		assertThat(html)
			.contains("Ouvert lorsque le traitement repose sur",
					"href=\"/mes-droits/formulaire-demande-exercice-droits.pdf\"",
					"Aucune pièce d’identité n’est demandée à ce stade", "Obligation légale", "dpo@integrance.fr")
			.doesNotContain("type=\"file\"");
	}

	@Test
	void requestIsStoredReceivedAndConfirmed() throws Exception {
		MvcResult result = mvc
			.perform(post("/mes-droits").params(form(Map.of("rightId", "rectification", "scope",
					"website-subscription-requests", "message", "Mon adresse a changé", "firstName", "Jeanne",
					"lastName", "D’Arc", "email", "jeanne.darc@example.fr", "memberNumber", "")))
				.with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mes-droits/confirmation");
		String reference = (String) Objects.requireNonNull(result.getFlashMap().get("reference"));
		LocalDate due = (LocalDate) Objects.requireNonNull(result.getFlashMap().get("dueDate"));
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT status, right_id, scope, requester_email, member_number, due_date FROM rights_request WHERE reference = ?",
				reference);
		assertThat(row).containsEntry("status", "IDENTITY_PENDING")
			.containsEntry("right_id", "rectification")
			.containsEntry("scope", "website-subscription-requests")
			.containsEntry("requester_email", "jeanne.darc@example.fr");
		assertThat(row.get("member_number")).isNull();
		assertThat(((java.sql.Date) Objects.requireNonNull(row.get("due_date"))).toLocalDate()).isEqualTo(due);

		String confirmation = mvc
			.perform(get("/mes-droits/confirmation").flashAttr("reference", reference).flashAttr("dueDate", due))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains(reference, "Nous vous répondrons au plus tard le");
	}

	@Test
	void invalidRequestKeepsEveryValue() throws Exception {
		String html = mvc
			.perform(post("/mes-droits")
				.params(form(Map.of("rightId", "no-such-right", "scope", "website-requests", "message", "Bonjour",
						"firstName", "Jeanne", "lastName", "", "email", "jeanne@", "memberNumber", "A 12")))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html)
			.contains("Choisissez le droit que vous souhaitez exercer", "Saisissez votre nom",
					"Saisissez une adresse e-mail valide", "Le numéro d’adhérent ne contient que", "value=\"Jeanne\"",
					"value=\"jeanne@\"", "value=\"A 12\"", ">Bonjour</textarea>")
			.containsPattern("value=\"website-requests\"[^>]*selected");
	}

	@Test
	void pdfFormIsA4FrenchWithTheRightsAndTheDpoAddressFromTheRegister() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/mes-droits/formulaire-demande-exercice-droits.pdf"))
			.andReturn()
			.getResponse();

		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment")
			.contains("formulaire-demande-exercice-droits.pdf");
		byte[] bytes = response.getContentAsByteArray();
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/formulaire-demande-exercice-droits.pdf"), bytes);
		String raw = new String(bytes, StandardCharsets.ISO_8859_1);
		assertThat(raw).doesNotContain("/JavaScript").doesNotContain("/JS ").doesNotContain("/AcroForm");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
					org.assertj.core.data.Offset.offset(1f));
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Demande d’exercice de droit", "Date et signature", "Le traitement concerné");
			Register current = register.current();
			for (Register.Right right : current.rights()) {
				assertThat(text).contains(right.label());
			}
			for (String line : current.dpo().address()) {
				assertThat(text).contains(line);
			}
			assertThat(text).contains(current.dpo().email(), "https://www.cnil.fr/fr/plaintes");
		}
	}

	private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> values) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		values.forEach(form::add);
		return form;
	}

}
