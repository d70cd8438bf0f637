package fr.integrance.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContents;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.TestPdf;
import fr.integrance.testsupport.WebSession;

/**
 * The identity document, asked for only when the requester could not be recognised: staff
 * ask for it from the desk, a single-use link goes to the address given, the requester
 * sends the file through it (checked as every file, errors in French beside the field),
 * staff see it, and it is shredded once the subject is linked (or the request refused),
 * its deletion in the request's history and in the audit journal.
 */
@IdentityIntegrationTest
class RightsIdentityDocumentTests {

	private static final Pattern LINK = Pattern.compile("/mes-droits/piece/[A-Za-z0-9_-]+");

	private static final byte[] PDF = TestPdf.onePage();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RightsRequests rights;

	@Autowired
	RightsDesk desk;

	@Autowired
	StoredContents contents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	WebSession dpo;

	@BeforeEach
	void signIn() {
		clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anIdentityDocumentIsAskedSentCheckedThenDeletedAndTheDeletionJournaled() throws Exception {
		String email = "inconnu-" + UUID.randomUUID() + "@example.fr";
		ReceivedRightsRequest received = unmatched(email);
		String page = "/dpo/demandes/" + received.id();
		Document before = page(dpo.get(page));
		assertThat(before.select("#etat").attr("data-status")).isEqualTo("IDENTITY_PENDING");
		assertThat(before.select("#form-piece")).hasSize(1);

		MockHttpServletResponse asked = dpo.post(page + "/piece-demandee");
		assertThat(asked.getStatus()).isEqualTo(302);
		Document waiting = page(dpo.get(page));
		assertThat(waiting.select("#piece-attendue").text()).contains("en attente");
		assertThat(waiting.select("#form-piece")).isEmpty();
		assertThat(waiting.select("#historique li[data-kind=identity-document-asked]")).hasSize(1);

		List<QueuedMail> mails = OutboxDelivery.mailsTo(context, email);
		QueuedMail mail = mails.stream().filter(m -> m.text().contains("/mes-droits/piece/")).findFirst().orElseThrow();
		assertThat(mail.subject()).contains(received.reference(), "pièce d’identité");
		assertThat(mail.text()).contains("supprimée dès que nous l’avons vérifiée");
		Matcher link = LINK.matcher(mail.text());
		assertThat(link.find()).isTrue();
		String upload = link.group();

		WebSession requester = new WebSession(mvc);
		Document form = page(requester.get(upload));
		assertThat(form.select("h1").text()).isEqualTo("Envoyer une pièce d’identité");
		assertThat(form.select("form").attr("enctype")).isEqualTo("multipart/form-data");

		MockHttpServletResponse missing = send(requester, upload, null);
		assertThat(missing.getStatus()).isEqualTo(400);
		Document missingPage = Jsoup.parse(missing.getContentAsString(StandardCharsets.UTF_8));
		assertThat(missingPage.select("#piece-error").text()).contains("Choisissez le fichier");
		assertThat(missingPage.select("#piece").attr("aria-invalid")).isEqualTo("true");
		MockHttpServletResponse wrong = send(requester, upload,
				new MockMultipartFile("piece", "carte.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0 }));
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.getContentAsString(StandardCharsets.UTF_8)).select("#piece-error").text())
			.contains("Ce type de fichier n’est pas accepté");

		MockHttpServletResponse sent = send(requester, upload,
				new MockMultipartFile("piece", "carte.pdf", "application/pdf", PDF));
		assertThat(sent.getStatus()).isEqualTo(200);
		assertThat(sent.getContentAsString(StandardCharsets.UTF_8)).contains("Votre pièce d’identité est bien reçue");
		assertThat(requester.get(upload).getStatus()).isEqualTo(404);
		UUID stored = jdbc.queryForObject("select identity_document_content from rights_request where id = ?",
				UUID.class, received.id().value());
		assertThat(stored).isNotNull();
		assertThat(contents.readable(new ContentId(stored))).isTrue();

		Document withDocument = page(dpo.get(page));
		String documentLink = withDocument.select("#piece-identite").attr("href");
		assertThat(documentLink).endsWith("/piece-identite");
		MockHttpServletResponse document = dpo.get(documentLink);
		assertThat(document.getStatus()).isEqualTo(200);
		assertThat(document.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
		assertThat(document.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(document.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(journaled(received, "rights.request.identity-document-viewed")).isEqualTo(1);

		MockHttpServletResponse linked = dpo.post(page + "/identite", "personne", "email", "piece", "true", "note",
				"Carte d’identité vérifiée");
		assertThat(linked.getStatus()).isEqualTo(302);
		Document after = page(dpo.get(page));
		assertThat(after.select("#etat").attr("data-identity")).isEqualTo("DOCUMENT_CHECKED");
		assertThat(after.select("#piece-identite")).isEmpty();
		assertThat(after.select("#historique li[data-kind=identity-document-deleted]")).hasSize(1);
		assertThat(jdbc.queryForObject("select identity_document_content from rights_request where id = ?", UUID.class,
				received.id().value()))
			.isNull();
		assertThat(contents.readable(new ContentId(stored))).isFalse();
		assertThat(dpo.get(documentLink).getStatus()).isEqualTo(404);
		assertThat(journaled(received, "rights.request.identity-document-received")).isEqualTo(1);
		assertThat(journaled(received, "rights.request.identity-document-deleted")).isEqualTo(1);
	}

	@Test
	void aRefusalDeletesTheDocumentToo() throws Exception {
		String email = "refus-" + UUID.randomUUID() + "@example.fr";
		ReceivedRightsRequest received = unmatched(email);
		String upload = askedLink(received, email);
		assertThat(
				send(new WebSession(mvc), upload, new MockMultipartFile("piece", "carte.pdf", "application/pdf", PDF))
					.getStatus())
			.isEqualTo(200);
		UUID stored = jdbc.queryForObject("select identity_document_content from rights_request where id = ?",
				UUID.class, received.id().value());

		desk.refuse(received.id(), "La pièce ne correspond pas à la personne", accounts.account(Role.DPO).id().value());

		assertThat(contents.readable(new ContentId(stored))).isFalse();
		assertThat(journaled(received, "rights.request.identity-document-deleted")).isEqualTo(1);
	}

	@Test
	void theLinkExpiresAndIsRefusedWhenTheSubjectIsKnown() throws Exception {
		String email = "expire-" + UUID.randomUUID() + "@example.fr";
		ReceivedRightsRequest received = unmatched(email);
		String upload = askedLink(received, email);
		clock.advance(Duration.ofDays(15));
		WebSession requester = new WebSession(mvc);
		MockHttpServletResponse expired = requester.get(upload);
		assertThat(expired.getStatus()).isEqualTo(410);
		assertThat(expired.getContentAsString(StandardCharsets.UTF_8)).contains("Ce lien n’est plus valable");
		assertThat(send(requester, upload, new MockMultipartFile("piece", "carte.pdf", "application/pdf", PDF))
			.getStatus()).isEqualTo(410);
		assertThat(requester.get("/mes-droits/piece/inconnu").getStatus()).isEqualTo(404);

		desk.linkSubject(received.id(), DataSubjectRef.email(email), false, null,
				accounts.account(Role.DPO).id().value());
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
		MockHttpServletResponse refused = dpo.post("/dpo/demandes/" + received.id() + "/piece-demandee");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(page(refused).select(".error-summary").text()).contains("déjà connue");
		assertThat(journaled(received, "rights.request.identity-document-deleted")).isZero();
	}

	private ReceivedRightsRequest unmatched(String email) {
		ReceivedRightsRequest received = rights.receive(new RightsRequestSubmission("access", "all", null, "Camille",
				"Personne" + UUID.randomUUID().toString().substring(0, 8), email, null, "fr"));
		assertThat(desk.find(received.id()).orElseThrow().line().status())
			.isEqualTo(RightsRequestStatus.IDENTITY_PENDING);
		return received;
	}

	private String askedLink(ReceivedRightsRequest received, String email) {
		desk.askIdentityDocument(received.id(), accounts.account(Role.DPO).id().value());
		Matcher link = LINK.matcher(OutboxDelivery.mailsTo(context, email)
			.stream()
			.filter(m -> m.text().contains("/mes-droits/piece/"))
			.findFirst()
			.orElseThrow()
			.text());
		assertThat(link.find()).isTrue();
		return link.group();
	}

	private MockHttpServletResponse send(WebSession requester, String upload, MockMultipartFile file) {
		var request = MockMvcRequestBuilders.multipart(upload);
		if (file != null) {
			request.file(file);
		}
		return requester.perform(request.with(csrf()));
	}

	private long journaled(ReceivedRightsRequest received, String action) {
		Long count = jdbc.queryForObject("select count(*) from audit_entry where object_ref = ? and action = ?",
				Long.class, "rights-request:" + received.id().value(), action);
		return count == null ? 0 : count;
	}

	private static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
