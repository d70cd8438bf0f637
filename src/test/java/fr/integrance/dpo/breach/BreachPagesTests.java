package fr.integrance.dpo.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.platform.FrenchDates;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The breach register's pages as the DPO uses them: a breach recorded (errors in French
 * beside the fields, what was typed kept), its clock on the list, the page and the home
 * card, the notification and the communication, closing, the PDF and the CSV; CSRF and
 * unknown ids.
 */
@IdentityIntegrationTest
class BreachPagesTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	WebSession dpo;

	@BeforeEach
	void signIn() {
		clock.advance(Duration.ofSeconds(31));
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
	}

	@Test
	void anEmptyFormComesBackWithFrenchErrorsBesideEachFieldAndNothingLost() {
		assertThat(dpo.get("/dpo/violations/nouvelle").getStatus()).isEqualTo(200);

		MockHttpServletResponse response = dpo.post("/dpo/violations/nouvelle", "title", "Serveur de fichiers exposé",
				"peopleCount", "environ mille", "consequences", "Hameçonnage possible", "awareAt", "32/13/2026 25:00");

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = parse(response);
		assertThat(page.select("#erreurs").text()).contains("Le formulaire contient des erreurs");
		assertThat(page.select("#natures-error").text()).isEqualTo("Cochez au moins une nature de violation.");
		assertThat(page.select("#facts-error").text()).isEqualTo("Ce champ est obligatoire.");
		assertThat(page.select("#awareAt-error").text()).contains("date et une heure valides");
		assertThat(page.select("#dataCategories-error").text()).isEqualTo("Cochez au moins une catégorie de données.");
		assertThat(page.select("#peopleCount-error").text()).contains("nombre entier");
		assertThat(page.select("#risk-error").text()).isEqualTo("Choisissez le niveau de risque.");
		assertThat(page.select("#title-error")).isEmpty();
		assertThat(page.select("input[name=title]").val()).isEqualTo("Serveur de fichiers exposé");
		assertThat(page.select("input[name=peopleCount]").val()).isEqualTo("environ mille");
		assertThat(page.select("input[name=awareAt]").val()).isEqualTo("32/13/2026 25:00");
		assertThat(page.select("textarea[name=consequences]").text()).isEqualTo("Hameçonnage possible");
		assertThat(page.select("#peopleCount").attr("aria-describedby")).contains("peopleCount-error");
	}

	@Test
	void aFutureAwarenessOrAStartAfterItIsRefused() {
		Instant now = clock.instant();
		Document page = parse(
				dpo.post("/dpo/violations/nouvelle", "title", "Futur", "natures", "INTEGRITY", "facts", "x", "awareAt",
						local(now.plus(Duration.ofDays(1))), "dataCategories", "identification", "risk", "NONE"));
		assertThat(page.select("#awareAt-error").text()).isEqualTo("Ce moment est dans le futur.");

		page = parse(dpo.post("/dpo/violations/nouvelle", "title", "Ordre", "natures", "INTEGRITY", "facts", "x",
				"awareAt", local(now.minus(Duration.ofHours(5))), "startedAt", local(now.minus(Duration.ofHours(1))),
				"dataCategories", "identification", "risk", "NONE"));
		assertThat(page.select("#startedAt-error").text())
			.isEqualTo("Le début de la violation ne peut pas être postérieur à la prise de connaissance.");
	}

	@Test
	void aBreachRecordedShowsItsClockThenIsNotifiedInformedAndClosed() throws Exception {
		String title = "Courriel au mauvais destinataire " + UUID.randomUUID();
		Instant aware = clock.instant().minus(Duration.ofHours(2));
		MockHttpServletResponse created = dpo.post("/dpo/violations/nouvelle", "title", title, "natures",
				"CONFIDENTIALITY", "natures", "AVAILABILITY", "facts", "=HYPERLINK(\"http://example.invalid\")",
				"awareAt", local(aware), "dataCategories", "identification", "dataCategories", "personal-life",
				"peopleCount", "1 200", "recordsCount", "3400", "risk", "HIGH", "measuresTaken",
				"Rappel du courriel; mot de passe changé");
		assertThat(created.getStatus()).isEqualTo(302);
		String path = created.getRedirectedUrl();
		assertThat(path).matches("/dpo/violations/[0-9a-f-]{36}");
		String id = path.substring(path.lastIndexOf('/') + 1);

		Document detail = parse(dpo.get(path));
		assertThat(detail.select("[role=status]").text()).contains("La violation est consignée");
		assertThat(detail.select("#delai-etat").attr("data-state")).isEqualTo("RUNNING");
		assertThat(detail.select("#delai-etat").text()).matches("Reste (69 h 59|70 h 00) min");
		assertThat(detail.select("#risque").text()).isEqualTo("Risque élevé");
		assertThat(detail.text().replace('\u00A0', ' ').replace('\u202F', ' '))
			.contains("Confidentialité, Disponibilité")
			.contains("Données d’identification")
			.contains("1 200");
		String reference = detail.select("h1 span").first().text();
		assertThat(reference).matches("VIO-\\d{4}-\\d{4,}");

		Document list = parse(dpo.get("/dpo/violations?statut=OPEN"));
		assertThat(list.select("tr[data-reference=" + reference + "]").text()).contains(title).contains("Reste");
		Document home = parse(dpo.get("/dpo"));
		assertThat(home.select("#violations-ouvertes").text()).contains(reference).contains("Reste");

		// Closing is refused until the notification and (high risk) the communication are
		// decided.
		Document refused = parse(dpo.post(path + "/cloture"));
		assertThat(refused.select("#cloture-erreurs").text()).contains("la notification à la CNIL")
			.contains("l’information des personnes");

		// Not notifying is refused with a risk; notifying needs the reference.
		Document notNotified = parse(dpo.post(path + "/notification", "decision", "NOT_NOTIFIED", "reasons", "Aucun"));
		assertThat(notNotified.select("#notification-decision-error").text())
			.contains("la notification à la CNIL est obligatoire");
		Document noReference = parse(dpo.post(path + "/notification", "decision", "NOTIFIED", "notifiedAt",
				local(clock.instant().minus(Duration.ofMinutes(30)))));
		assertThat(noReference.select("#reference-error").text()).isEqualTo("Ce champ est obligatoire.");
		assertThat(noReference.select("#notifiedAt").val()).isNotBlank();

		// The clock runs out: overdue on the page after 71 hours.
		clock.advance(Duration.ofHours(71));
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
		Document overdue = parse(dpo.get(path));
		assertThat(overdue.select("#delai-etat").attr("data-state")).isEqualTo("OVERDUE");
		assertThat(overdue.select("#delai-etat").text()).startsWith("En retard de 1 h");

		assertThat(dpo
			.post(path + "/notification", "decision", "NOTIFIED", "notifiedAt",
					local(clock.instant().minus(Duration.ofMinutes(5))), "reference", "CNIL-2026-123456")
			.getStatus()).isEqualTo(302);
		assertThat(dpo
			.post(path + "/communication", "decision", "INFORMED", "informedOn", FrenchDates.today(clock).toString(),
					"means", "Courriel individuel")
			.getStatus()).isEqualTo(302);
		Document notified = parse(dpo.get(path));
		assertThat(notified.select("#delai-etat").attr("data-state")).isEqualTo("NOTIFIED");
		assertThat(notified.select("#notification").text()).contains("CNIL-2026-123456");
		assertThat(notified.select("#delai").text()).contains("après l’échéance");

		assertThat(dpo.post(path + "/cloture").getStatus()).isEqualTo(302);
		Document closed = parse(dpo.get(path));
		assertThat(closed.select("#delai").text()).contains("Clôturée");
		assertThat(closed.select("#historique tbody tr")).hasSize(4);
		assertThat(closed.select("#historique").text()).contains("Consignée")
			.contains("Notification à la CNIL consignée")
			.contains("Clôturée");
		assertThat(parse(dpo.get("/dpo")).select("#violations-ouvertes").text()).doesNotContain(reference);

		// The PDF parses and carries the record.
		MockHttpServletResponse pdf = dpo.get(path + "/fiche.pdf");
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Violation de données " + reference)
				.contains("CNIL-2026-123456")
				.contains("Risque élevé")
				.contains("=HYPERLINK");
		}

		// The CSV: a BOM, ';' between cells, the formula defused.
		MockHttpServletResponse csv = dpo.get("/dpo/violations/registre.csv");
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String content = new String(bytes, StandardCharsets.UTF_8);
		assertThat(content.lines().findFirst().orElseThrow()).startsWith("\uFEFFRéférence;Intitulé;Nature;Statut;");
		String row = content.lines().filter(line -> line.startsWith(reference + ";")).findFirst().orElseThrow();
		assertThat(row).contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\")\";")
			.contains("\"Rappel du courriel; mot de passe changé\"")
			.contains(";1200;3400;")
			.contains("Clôturée");

		// Every change is in the audit journal, by the breach's id.
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE object_ref = ? ORDER BY sequence",
				String.class, "breach:" + id))
			.containsExactly("breach.recorded", "breach.notified", "breach.informed", "breach.closed",
					"breach.exported");
	}

	@Test
	void theDescriptionIsChangedOnItsOwnPageAndTheHistorySaysWhichFields() {
		MockHttpServletResponse created = dpo.post("/dpo/violations/nouvelle", "title", "Perte d’un ordinateur",
				"natures", "AVAILABILITY", "facts", "Ordinateur portable perdu", "awareAt",
				local(clock.instant().minus(Duration.ofHours(1))), "dataCategories", "documents", "risk", "NONE");
		String path = created.getRedirectedUrl();

		Document form = parse(dpo.get(path + "/modifier"));
		assertThat(form.select("input[name=title]").val()).isEqualTo("Perte d’un ordinateur");
		assertThat(form.select("input[name=natures][value=AVAILABILITY]").hasAttr("checked")).isTrue();

		Document invalid = parse(dpo.post(path + "/modifier", "title", "", "natures", "AVAILABILITY", "facts",
				"Ordinateur chiffré perdu", "awareAt", local(clock.instant().minus(Duration.ofHours(1))),
				"dataCategories", "documents", "risk", "NONE"));
		assertThat(invalid.select("#title-error").text()).isEqualTo("Ce champ est obligatoire.");
		assertThat(invalid.select("textarea[name=facts]").text()).isEqualTo("Ordinateur chiffré perdu");

		assertThat(dpo
			.post(path + "/modifier", "title", "Perte d’un ordinateur chiffré", "natures", "AVAILABILITY", "facts",
					"Ordinateur chiffré perdu", "awareAt", local(clock.instant().minus(Duration.ofHours(1))),
					"dataCategories", "documents", "risk", "NONE")
			.getStatus()).isEqualTo(302);
		assertThat(dpo
			.post(path + "/notification", "decision", "NOT_NOTIFIED", "reasons",
					"Disque chiffré, clé non compromise : aucun risque.")
			.getStatus()).isEqualTo(302);
		Document detail = parse(dpo.get(path));
		assertThat(detail.select("#delai-etat").attr("data-state")).isEqualTo("NOT_NOTIFIED");
		assertThat(detail.select("#historique").text()).contains("Description modifiée (intitulé, faits)")
			.contains("Motifs de non-notification consignés");
	}

	@Test
	void theListIsFilteredByStatusAndPaged() {
		Document all = parse(dpo.get("/dpo/violations?statut=nimporte&page=abc"));
		assertThat(all.select("h1").text()).isEqualTo("Registre des violations de données");
		Document closed = parse(dpo.get("/dpo/violations?statut=CLOSED"));
		assertThat(closed.select("#violations tbody tr").eachText()).allMatch(text -> text.contains("Clôturée"));
	}

	@Test
	void unknownIdsAnswerNotFound() {
		String unknown = "/dpo/violations/" + UUID.randomUUID();
		assertThat(dpo.get(unknown).getStatus()).isEqualTo(404);
		assertThat(dpo.get(unknown + "/modifier").getStatus()).isEqualTo(404);
		assertThat(dpo.get(unknown + "/fiche.pdf").getStatus()).isEqualTo(404);
		assertThat(dpo.post(unknown + "/cloture").getStatus()).isEqualTo(404);
		assertThat(dpo.post(unknown + "/notification", "decision", "NOTIFIED").getStatus()).isEqualTo(404);
		assertThat(dpo.get("/dpo/violations/pas-un-identifiant").getStatus()).isEqualTo(404);
	}

	@Test
	void writesNeedTheCsrfToken() {
		assertThat(dpo.postWithoutCsrf("/dpo/violations/nouvelle", "title", "x").getStatus()).isEqualTo(403);
		assertThat(dpo.postWithoutCsrf("/dpo/violations/" + UUID.randomUUID() + "/cloture").getStatus()).isEqualTo(403);
	}

	@Test
	void staffCannotSeeTheRegister() {
		clock.advance(Duration.ofSeconds(31));
		WebSession staff = accounts.signIn(new WebSession(mvc), accounts.account(Role.STAFF));
		assertThat(staff.get("/dpo/violations").getStatus()).isEqualTo(403);
	}

	private static String local(Instant instant) {
		return LOCAL.format(instant.atZone(FrenchDates.FRANCE).truncatedTo(ChronoUnit.MINUTES));
	}

	private static Document parse(MockHttpServletResponse response) {
		try {
			return Jsoup.parse(response.getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
