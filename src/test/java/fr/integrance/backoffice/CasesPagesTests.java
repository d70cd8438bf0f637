package fr.integrance.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.CaseFixtures.CaseWithFile;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.Solicitation;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The back-office case pages as a signed-in staff member: the queues, a case shown
 * readably and journaled, each action as a POST answered by a redirect to the case in its
 * new state, errors in French next to their field, and the files served as downloads.
 */
@IdentityIntegrationTest
class CasesPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	Requests intake;

	@Autowired
	JdbcTemplate jdbc;

	Created staffAccount;

	WebSession staff;

	@BeforeEach
	void signIn() {
		clock.advance(Duration.ofMinutes(1));
		staffAccount = accounts.account(Role.STAFF);
		staff = accounts.signIn(new WebSession(mvc), staffAccount);
	}

	Document page(String path) throws Exception {
		MockHttpServletResponse response = staff.get(path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	/** Posts a form and follows the redirect to the case (PRG). */
	Document postAndFollow(String path, String... namesAndValues) throws Exception {
		MockHttpServletResponse response = staff.post(path, namesAndValues);
		assertThat(response.getStatus()).as(path).isEqualTo(302);
		return page(response.getRedirectedUrl());
	}

	@Test
	void homeLinksToTheQueues() throws Exception {
		// the home's card and the staff navigation
		assertThat(page("/gestion").select("a[href=/gestion/demandes]")).isNotEmpty();
	}

	@Test
	void queuesShowCountsAndAnEmptyStateForMyCases() throws Exception {
		CaseFixtures.subscriptionWithFile(context);

		Document queue = page("/gestion/demandes");
		assertThat(queue.select("h1").text()).isEqualTo("Demandes à traiter");
		assertThat(queue.select(".queues .card-title").eachText()).startsWith("Demandes de souscription",
				"Sollicitations");
		assertThat(queue.select(".queues .card-title").eachText()).contains("Ajouts d’ayants droit",
				"Retraits d’ayants droit");
		assertThat(queue.select("table tbody tr")).isNotEmpty();

		Document mine = page("/gestion/demandes?attribution=MINE");
		assertThat(mine.select(".empty-state").last().text()).isEqualTo("Aucune demande ne correspond à ces critères.");
		assertThat(mine.select("#attribution option[selected]").val()).isEqualTo("MINE");
	}

	@Test
	void aCaseIsShownReadablyAndItsOpeningJournaledWithIdsOnly() throws Exception {
		CaseWithFile created = CaseFixtures.subscriptionWithFile(context);

		Document shown = page("/gestion/demandes/" + created.caseId());

		String text = shown.text();
		assertThat(text).contains("Demande de souscription", "À prendre en charge", "Nguyễn", "03/11/1979",
				"Régime local d’Alsace-Moselle", "Pacsé(e)", "Essentielle", "Léa", "Enfant");
		assertThat(shown
			.select("a[href=/gestion/demandes/" + created.caseId() + "/pieces/" + created.attachmentId() + "]"))
			.hasSize(1);
		assertThat(shown.select("form[action$=/prise-en-charge]")).hasSize(1);
		assertThat(shown.select("form[action$=/acceptation]")).isEmpty(); // take it first
		List<String> entries = jdbc.queryForList(
				"SELECT actor || ' ' || action || ' ' || coalesce(subject_ref, '-') || ' ' || object_ref || ' ' || purpose"
						+ " FROM audit_entry WHERE object_ref = ?",
				String.class, "case:" + created.caseId());
		// a prospect's case: the case is the object, there is no data subject yet
		assertThat(entries).containsExactly("ACCOUNT:" + staffAccount.id() + " request.read - case:" + created.caseId()
				+ " website-subscription-requests");
	}

	@Test
	void takingThenRejectingWithoutAReasonShowsTheErrorThenWithOneRejects() throws Exception {
		CaseId caseId = CaseFixtures.subscriptionWithFile(context).caseId();
		String path = "/gestion/demandes/" + caseId;

		Document taken = postAndFollow(path + "/prise-en-charge");
		assertThat(taken.select(".flash-success").text()).isEqualTo("Vous avez pris la demande en charge.");
		assertThat(taken.select(".status").first().text()).isEqualTo("En instruction");
		assertThat(taken.select(".history li").text()).contains("À prendre en charge → En instruction");

		MockHttpServletResponse refused = staff.post(path + "/refus", "reason", "  ");
		assertThat(refused.getStatus()).isEqualTo(200);
		Document withError = Jsoup.parse(refused.getContentAsString());
		assertThat(withError.select("#reject-reason-error").text())
			.isEqualTo("Indiquez le motif du refus : il est envoyé à l’expéditeur.");
		assertThat(withError.select("#reject-reason").attr("aria-describedby")).contains("reject-reason-error");
		assertThat(withError.select(".error-summary").text()).contains("corrigez le champ signalé");

		Document rejected = postAndFollow(path + "/refus", "reason", "Hors de notre zone d’intervention.");
		assertThat(rejected.select(".status").first().text()).isEqualTo("Refusée");
		assertThat(rejected.select(".history").text()).contains("Hors de notre zone d’intervention.");
		assertThat(rejected.select(".thread li")).hasSize(1);
		assertThat(rejected.select(".case-actions")).isEmpty();

		Document again = postAndFollow(path + "/prise-en-charge");
		assertThat(again.select(".error-summary").text()).contains("La demande a changé entre-temps");
	}

	@Test
	void acceptingASubscriptionAsksEachDependantsCivilityThenLinksToThePerson() throws Exception {
		CaseId caseId = CaseFixtures.subscriptionWithFile(context).caseId();
		String path = "/gestion/demandes/" + caseId;
		postAndFollow(path + "/prise-en-charge");

		MockHttpServletResponse missing = staff.post(path + "/acceptation", "civilities[0]", "MME");
		assertThat(missing.getStatus()).isEqualTo(200);
		Document withError = Jsoup.parse(missing.getContentAsString());
		assertThat(withError.select("#civility-1-error").text()).contains("Choisissez la civilité");
		assertThat(withError.select("#civility-0 option[selected]").val()).isEqualTo("MME");

		Document accepted = postAndFollow(path + "/acceptation", "civilities[0]", "MME", "civilities[1]", "M");
		assertThat(accepted.select(".flash-success").text()).contains("La souscription est acceptée");
		assertThat(accepted.select(".status").first().text()).isEqualTo("Acceptée");
		assertThat(accepted.select("a[href^=/gestion/personnes/]")).hasSize(1);
		assertThat(accepted.select("dl.meta dd").eachText()).anyMatch(text -> text.matches("\\d{10}"));
		assertThat(page("/gestion/demandes?statut=ACCEPTED&attribution=MINE").select("tbody a").attr("href"))
			.isEqualTo(path);
		assertThat(page("/gestion/demandes?attribution=MINE").select(".empty-state").last().text())
			.isEqualTo("Aucune demande ne correspond à ces critères.");
	}

	@Test
	void aSolicitationIsAnsweredAndTheThreadShowsIt() throws Exception {
		CaseId caseId = intake
			.submit(RequestChannel.WEBSITE, new Solicitation("Lunettes", "Où en est mon remboursement ?",
					new Solicitation.Contact(null, "Martin", "Paul", "paul-" + UUID.randomUUID() + "@example.fr", null,
							null),
					"2026.1", List.of(), "fr"))
			.caseId();
		String path = "/gestion/demandes/" + caseId;
		postAndFollow(path + "/prise-en-charge");

		Document noAnswer = Jsoup.parse(staff.post(path + "/acceptation", "answer", "").getContentAsString());
		assertThat(noAnswer.select("#answer-error").text()).isEqualTo("Écrivez la réponse à envoyer à l’expéditeur.");

		Document written = postAndFollow(path + "/messages", "body", "Nous regardons votre dossier.");
		assertThat(written.select(".thread li").text()).contains("Nous regardons votre dossier.");

		Document answered = postAndFollow(path + "/acceptation", "answer", "Le virement part demain.");
		assertThat(answered.select(".status").first().text()).isEqualTo("Acceptée");
		assertThat(answered.select(".thread li")).hasSize(2);
	}

	@Test
	void askingForMoreNeedsWhatIsMissing() throws Exception {
		CaseId caseId = CaseFixtures.subscriptionWithFile(context).caseId();
		String path = "/gestion/demandes/" + caseId;
		postAndFollow(path + "/prise-en-charge");

		Document withError = Jsoup.parse(staff.post(path + "/complement", "reason", "").getContentAsString());
		assertThat(withError.select("#more-reason-error").text()).isEqualTo("Indiquez ce qui manque à l’expéditeur.");

		Document waiting = postAndFollow(path + "/complement", "reason", "Votre attestation de droits.");
		assertThat(waiting.select(".status").first().text()).isEqualTo("En attente de l’expéditeur");
		assertThat(waiting.select("form[action$=/reprise]")).hasSize(1);

		Document resumed = postAndFollow(path + "/reprise");
		assertThat(resumed.select(".status").first().text()).isEqualTo("En instruction");
	}

	/**
	 * A file is handed as a stream decrypted as it is read, with the size kept at upload:
	 * never read whole into memory before it is sent.
	 */
	@Test
	void aFileIsHandedAsAStreamOfItsStoredSize() throws Exception {
		CaseWithFile created = CaseFixtures.subscriptionWithFile(context);
		fr.integrance.requests.AttachmentDownload download = context.getBean(fr.integrance.requests.Cases.class)
			.attachment(created.caseId(), created.attachmentId(), staffAccount.id().value());
		try (java.io.InputStream content = download.content()) {
			assertThat(content).isNotInstanceOf(java.io.ByteArrayInputStream.class);
			byte[] read = content.readAllBytes();
			assertThat((long) read.length).isEqualTo(download.size());
			assertThat(new String(read, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	@Test
	void filesAreDownloadsWithTheirStoredType() throws Exception {
		CaseWithFile created = CaseFixtures.subscriptionWithFile(context);

		MockHttpServletResponse file = staff
			.get("/gestion/demandes/" + created.caseId() + "/pieces/" + created.attachmentId());

		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;").contains("attestation.pdf");
		assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getContentAsByteArray()).isNotEmpty();
		assertThat(file.getHeader("Content-Length")).isEqualTo(String.valueOf(file.getContentAsByteArray().length));
		assertThat(file.getHeader("Cache-Control")).contains("no-store");

		CaseWithFile other = CaseFixtures.subscriptionWithFile(context);
		assertThat(staff.get("/gestion/demandes/" + created.caseId() + "/pieces/" + other.attachmentId()).getStatus())
			.isEqualTo(404);
	}

	@Test
	void unknownCasesAreNotFound() {
		assertThat(staff.get("/gestion/demandes/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(staff.get("/gestion/demandes/pas-un-identifiant").getStatus()).isEqualTo(404);
		assertThat(staff.post("/gestion/demandes/" + UUID.randomUUID() + "/prise-en-charge").getStatus())
			.isEqualTo(404);
	}

	@Test
	void aColleagueActingOnACaseITookTakesItOverAndTheHistorySaysSo() throws Exception {
		CaseId caseId = CaseFixtures.subscriptionWithFile(context).caseId();
		String path = "/gestion/demandes/" + caseId;
		postAndFollow(path + "/prise-en-charge");
		Created colleagueAccount = accounts.account(Role.STAFF);
		WebSession colleague = accounts.signIn(new WebSession(mvc), colleagueAccount);

		Document held = Jsoup.parse(colleague.get(path).getContentAsString());
		assertThat(held.select(".held-by").text()).startsWith("Test STAFF a pris cette demande en charge.")
			.contains("à sa place");
		assertThat(held.select("form[action$=/refus]")).hasSize(1);

		MockHttpServletResponse rejected = colleague.post(path + "/refus", "reason", "Dossier incomplet.");
		assertThat(rejected.getStatus()).isEqualTo(302);
		Document after = page(path);
		assertThat(after.select(".status").first().text()).isEqualTo("Refusée");
		assertThat(after.select(".history li").eachText())
			.anyMatch(step -> step.contains("Prise en charge à la place de Test STAFF"));
		assertThat(
				jdbc.queryForList("SELECT action FROM audit_entry WHERE object_ref = ? AND actor = ? ORDER BY sequence",
						String.class, "case:" + caseId, "ACCOUNT:" + colleagueAccount.id()))
			.containsSubsequence("request.reassigned", "request.rejected");
	}

	@Test
	void anyPageNumberShowsAPageNeverAnError() throws Exception {
		for (String page : new String[] { "abc", "-4", "0", "99999999999", "1e3", "" }) {
			Document shown = page("/gestion/demandes?attribution=MINE&page=" + page);
			assertThat(shown.select(".empty-state").last().text()).as(page)
				.isEqualTo("Aucune demande ne correspond à ces critères.");
		}
		for (int i = 0; i < 21; i++) {
			CaseId id = intake
				.submit(RequestChannel.WEBSITE,
						CaseFixtures.solicitation("Question " + i, "p-" + UUID.randomUUID() + "@example.fr"))
				.caseId();
			postAndFollow("/gestion/demandes/" + id + "/prise-en-charge");
		}
		Document beyond = page("/gestion/demandes?attribution=MINE&page=40");
		assertThat(beyond.select(".pagination span").text()).isEqualTo("Page 2 sur 2");
		assertThat(beyond.select("tbody tr")).hasSize(1);
		assertThat(page("/gestion/demandes?attribution=MINE&page=-1").select(".pagination span").text())
			.isEqualTo("Page 1 sur 2");
		// the list is not empty (queues without a case show their own empty state)
		assertThat(page("/gestion/demandes").select(".empty-state").eachText())
			.doesNotContain("Aucune demande ne correspond à ces critères.");
	}

}
