package fr.integrance.rights.internal.fulfilment;

import static fr.integrance.rights.internal.fulfilment.Answers.code;
import static fr.integrance.rights.internal.fulfilment.Answers.link;
import static fr.integrance.rights.internal.fulfilment.Answers.mails;
import static fr.integrance.rights.internal.fulfilment.Answers.order;
import static fr.integrance.rights.internal.fulfilment.Answers.pdfText;
import static fr.integrance.rights.internal.fulfilment.Answers.unique;
import static fr.integrance.rights.internal.fulfilment.Answers.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContents;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * The download page of an archive ({@code /mes-droits/copie/{token}}): the right code
 * streams the zip as an attachment, a wrong one is shown beside the field, too many lock
 * the link, an expired link says so and its archive is crypto-shredded by the purge job,
 * an unknown token is 404. And what the archive holds: the information and the copy as
 * HTML and PDF, valid JSON, the files, and nothing of another person.
 */
@FulfilmentTest
class ArchiveDownloadTests {

	@Autowired
	Fulfilments fulfilments;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	FakeSubjectFiles files;

	@Autowired
	ArchivePurgeJob purge;

	@Autowired
	ArchiveRepository archives;

	@Autowired
	StoredContents contents;

	@Autowired
	JdbcTemplate jdbc;

	PeopleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PeopleFixtures(context);
	}

	/** The link and the code of an access answer for a new person. */
	record Sent(String link, String code, PersonId person, FulfilmentOrder order) {
	}

	Sent access(String lastName, String firstNames) {
		PersonId person = fixtures.person(Civility.MME, lastName, firstNames, LocalDate.of(1982, 6, 2),
				PeopleFixtures.randomNir(Civility.MME, LocalDate.of(1982, 6, 2)));
		fixtures.activeContract(person, LocalDate.of(2023, 1, 1), List.of());
		DataSubjectRef subject = DataSubjectRef.person(person.value());
		files.add(subject, "Attestations/attestation-" + lastName + ".txt", "Attestation de " + lastName + "\n", 3);
		files.add(subject, "Factures/facture-2025.txt", "Facture " + lastName + " ligne\n", 20_000);
		String email = unique(lastName.toLowerCase());
		FulfilmentOrder order = order("access", "all", subject, email);
		fulfilments.fulfil(order);
		List<QueuedMail> mails = mails(context, email);
		String link = mails.stream()
			.filter(m -> m.text().contains("/mes-droits/copie/"))
			.map(m -> link(m.text()))
			.findFirst()
			.orElseThrow();
		String code = mails.stream()
			.filter(m -> !m.text().contains("/mes-droits/copie/"))
			.map(m -> code(m.text()))
			.findFirst()
			.orElseThrow();
		return new Sent(link, code, person, order);
	}

	MockHttpServletResponse submit(String link, String code) throws Exception {
		return mvc.perform(post(link).param("code", code).with(csrf())).andReturn().getResponse();
	}

	@Test
	void theRightCodeStreamsTheArchiveAsAnAttachment() throws Exception {
		Sent sent = access("Verdier", "Paule");

		MockHttpServletResponse page = mvc.perform(get(sent.link())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Code à usage unique",
				"autocomplete=\"one-time-code\"");

		MockHttpServletResponse download = submit(sent.link(), sent.code());

		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/zip");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains(".zip");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("Cache-Control")).contains("no-store");
		assertThat(unzip(download.getContentAsByteArray())).containsKeys("index.html", "index.pdf", "data.json");
		Long journaled = jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'rights.archive.downloaded' and outcome = 'SUCCESS'"
						+ " and object_ref in (select 'rights-archive:' || id from rights_archive where request_id = ?)",
				Long.class, sent.order().request().value());
		assertThat(journaled).isEqualTo(1);
	}

	@Test
	void theArchiveHoldsTheInformationTheCopyTheJsonAndTheFilesOfThePersonOnly() throws Exception {
		Sent other = access("Barthelemy", "Hortense");
		Sent sent = access("Verdier", "Paule");

		Map<String, byte[]> zip = unzip(submit(sent.link(), sent.code()).getContentAsByteArray());

		assertThat(zip).containsKeys("index.html", "index.pdf", "data.json",
				"files/testfiles/Attestations/attestation-Verdier.txt", "files/testfiles/Factures/facture-2025.txt");
		assertThat(zip.get("files/testfiles/Factures/facture-2025.txt"))
			.hasSize("Facture Verdier ligne\n".length() * 20_000);
		String html = new String(zip.get("index.html"), StandardCharsets.UTF_8);
		assertThat(html).contains("<html lang=\"fr\"", "Verdier", "Paule", "Les finalités du traitement",
				"Les destinataires", "La durée de conservation",
				"Commission nationale de l’informatique et des libertés", "Les transferts hors de l’Union européenne",
				"Aucune décision fondée exclusivement", "Traitées pour :", "attestation-Verdier.txt");
		String pdf = pdfText(zip.get("index.pdf"));
		assertThat(pdf).contains("Verdier", "Paule", "Les finalités du traitement", "CNIL");
		JsonNode json = JsonMapper.builder().build().readTree(zip.get("data.json"));
		assertThat(json.get("reference").asString()).isEqualTo(sent.order().reference());
		assertThat(json.get("sections").size()).isPositive();
		assertThat(json.get("files").size()).isEqualTo(2);
		assertThat(json.toString()).contains("Verdier", "Paule", "essentielle");
		for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
			String text = entry.getKey().endsWith(".pdf") ? pdfText(entry.getValue())
					: new String(entry.getValue(), StandardCharsets.UTF_8);
			assertThat(text).as(entry.getKey())
				.doesNotContain("Barthelemy", "Hortense", other.person().value().toString());
		}
	}

	@Test
	void aWrongCodeIsShownBesideTheFieldAndTooManyLockTheLink() throws Exception {
		Sent sent = access("Moreau", "Line");

		MockHttpServletResponse wrong = submit(sent.link(), "0000 0000");
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("Ce code n’est pas le bon",
				"id=\"code-error\"", "aria-invalid=\"true\"", "essais restants : 4");
		MockHttpServletResponse empty = submit(sent.link(), " ");
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("Saisissez le code");

		for (int i = 0; i < 3; i++) {
			submit(sent.link(), "1111 111" + i);
		}
		MockHttpServletResponse locked = submit(sent.link(), "2222 2222");
		assertThat(locked.getStatus()).isEqualTo(429);
		assertThat(locked.getContentAsString(StandardCharsets.UTF_8)).contains("Ce lien est bloqué");
		assertThat(submit(sent.link(), sent.code()).getStatus()).isEqualTo(429);
		assertThat(mvc.perform(get(sent.link())).andReturn().getResponse().getStatus()).isEqualTo(429);
	}

	@Test
	void anExpiredLinkSaysSoAndItsArchiveIsShredded() throws Exception {
		Sent sent = access("Durand", "Elise");
		ArchiveEntity archive = archives.findByRequestId(sent.order().request().value()).get(0);
		ContentId content = new ContentId(archive.contentId().orElseThrow());
		assertThat(contents.readable(content)).isTrue();
		Instant now = clock.instant();
		try {
			clock.advance(Duration.ofDays(31));

			assertThat(mvc.perform(get(sent.link())).andReturn().getResponse().getStatus()).isEqualTo(410);
			assertThat(submit(sent.link(), sent.code()).getStatus()).isEqualTo(410);

			assertThat(purge.purge()).isPositive();
			assertThat(contents.readable(content)).isFalse();
			assertThat(archives.findById(archive.id()).orElseThrow().purged()).isTrue();
			assertThat(
					mvc.perform(get(sent.link())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Ce lien a expiré");
		}
		finally {
			clock.set(now);
		}
	}

	@Test
	void anUnknownTokenIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/mes-droits/copie/inconnu")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(submit("/mes-droits/copie/inconnu", "1234 5678").getStatus()).isEqualTo(404);
	}

}
