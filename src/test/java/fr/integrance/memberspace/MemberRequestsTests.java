package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.requests.MessageDirection;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.Requests;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The member's requests over MockMvc: Camille's cases only, page by page, with their
 * status in French and the last message; her answer to a question from staff (with a
 * file) moves the case back into review and shows in the back office's case; an empty
 * answer or a hostile file is refused in French with nothing lost or moved; a new request
 * from the space is hers from the start. Lucas's reference, a random one and any
 * reference for an account without a person answer 404.
 */
@IdentityIntegrationTest
class MemberRequestsTests {

	static final String PATH = "/iadherent/demandes";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	People people;

	@Autowired
	Requests requests;

	@Autowired
	Cases cases;

	PersonId camille;

	PersonId lucas;

	SubmittedRequest question;

	SubmittedRequest lucasQuestion;

	UUID staff = UUID.randomUUID();

	@BeforeEach
	void members() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		PeopleFixtures fixtures = new PeopleFixtures(context);
		camille = fixtures.person("Martin", "Camille", LocalDate.of(1986, 9, 12));
		people.changeContact(camille, EmailAddress.of("camille-" + UUID.randomUUID() + "@example.fr"),
				PhoneNumber.parse("06 12 34 56 78"));
		lucas = fixtures.person("Bernard", "Lucas", LocalDate.of(1992, 3, 14));
		question = linked(
				CaseFixtures.solicitation("Remboursement des lunettes", "c-" + UUID.randomUUID() + "@example.fr"),
				camille);
		cases.take(question.caseId(), staff);
		clock.advance(Duration.ofHours(2));
		cases.askSender(question.caseId(), staff, "Merci de joindre la facture de l’opticien.");
		lucasQuestion = linked(CaseFixtures.solicitation("Autre", "l-" + UUID.randomUUID() + "@example.fr"), lucas);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	SubmittedRequest linked(fr.integrance.requests.Solicitation request, PersonId person) {
		SubmittedRequest submitted = requests.submit(RequestChannel.WEBSITE, request);
		jdbc.update("UPDATE request_case SET person_id = ? WHERE id = ?", person.value(), submitted.caseId().value());
		return submitted;
	}

	WebSession signedInAs(PersonId person) {
		TestAccounts.Created account = person == null ? accounts.account(Role.MEMBER) : accounts.member(person.value());
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static Document page(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	MockHttpServletResponse answer(WebSession browser, String reference, String body, MockMultipartFile... files) {
		var request = MockMvcRequestBuilders.multipart(PATH + "/" + reference + "/reponse").param("body", body);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return browser.perform(request.with(csrf()));
	}

	RequestStatus statusOf(SubmittedRequest request) {
		return RequestStatus.valueOf(jdbc.queryForObject("SELECT status FROM request_case WHERE id = ?", String.class,
				request.caseId().value()));
	}

	@Test
	void listShowsTheMembersOwnCasesWithTheirFrenchStatusAndLastMessage() throws IOException {
		Document list = page(signedInAs(camille).get(PATH));

		assertThat(list.select("h1").text()).isEqualTo("Mes demandes");
		assertThat(list.select(".case-list > li")).hasSize(1);
		String line = list.select(".case-list > li").text();
		assertThat(line).contains("Remboursement des lunettes", question.reference(), "En attente de votre réponse",
				"La mutuelle, le 10/03/2026", "Merci de joindre la facture de l’opticien.");
		assertThat(list.text()).doesNotContain(lucasQuestion.reference());
		assertThat(list.select("a[href=" + PATH + "/" + question.reference() + "#reponse]")).hasSize(1);
		// The home page links to the list and to the case.
		Document home = page(signedInAs(camille).get("/iadherent"));
		assertThat(home.select("a[href=" + PATH + "]")).hasSize(1);
		assertThat(home.select("a[href=" + PATH + "/" + question.reference() + "]")).hasSize(1);
	}

	@Test
	void listPagesTenCasesAtATimeNewestFirst() throws IOException {
		PersonId many = new PeopleFixtures(context).person("Nombreux", "Jean", LocalDate.of(1970, 1, 1));
		SubmittedRequest oldest = linked(CaseFixtures.solicitation("Demande 0", "j@example.fr"), many);
		for (int i = 1; i <= 10; i++) {
			clock.advance(Duration.ofMinutes(1));
			linked(CaseFixtures.solicitation("Demande " + i, "j@example.fr"), many);
		}
		WebSession browser = signedInAs(many);

		Document first = page(browser.get(PATH));
		assertThat(first.select(".case-list > li")).hasSize(10);
		assertThat(first.select(".case-list > li").first().text()).contains("Demande 10", "Reçue");
		assertThat(first.select(".pagination").text()).contains("Page 1 sur 2", "Page suivante");
		Document second = page(browser.get(PATH + "?page=2"));
		assertThat(second.select(".case-list > li")).hasSize(1);
		assertThat(second.select(".case-list > li").text()).contains(oldest.reference());
		// beyond the last page: the last
		assertThat(page(browser.get(PATH + "?page=9")).select(".case-list > li").text()).contains(oldest.reference());
		// nothing yet: the French empty state
		assertThat(page(signedInAs(lucas).get(PATH)).select(".case-list > li")).hasSize(1);
		assertThat(page(signedInAs(null).get(PATH)).select(".empty-state").text())
			.isEqualTo("Vous n’avez encore envoyé aucune demande à la mutuelle.");
	}

	@Test
	void anotherMembersOrAnUnknownReferenceIsNotFound() throws IOException {
		WebSession camilleBrowser = signedInAs(camille);
		assertThat(page(camilleBrowser.get(PATH + "/" + question.reference())).select("h1").text())
			.isEqualTo("Remboursement des lunettes");

		assertThat(camilleBrowser.get(PATH + "/" + lucasQuestion.reference()).getStatus()).isEqualTo(404);
		assertThat(camilleBrowser.get(PATH + "/DEM-2026-999999").getStatus()).isEqualTo(404);
		assertThat(camilleBrowser.get(PATH + "/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(answer(camilleBrowser, lucasQuestion.reference(), "Je réponds à la place de Lucas.").getStatus())
			.isEqualTo(404);
		assertThat(statusOf(lucasQuestion)).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(camilleBrowser.get(PATH + "/" + question.reference() + "/pieces/" + UUID.randomUUID()).getStatus())
			.isEqualTo(404);
		// an account not linked to a person has no case at all
		WebSession nobody = signedInAs(null);
		assertThat(nobody.get(PATH + "/" + question.reference()).getStatus()).isEqualTo(404);
		assertThat(nobody.get(PATH + "/nouvelle").getStatus()).isEqualTo(404);
	}

	@Test
	void emptyAnswerIsRefusedInFrenchAndTheCaseStillWaits() throws IOException {
		Document refused = page(answer(signedInAs(camille), question.reference(), "   "));

		assertThat(refused.select("#body-error").text()).contains("Écrivez votre message.");
		assertThat(refused.select(".error-summary a[href=#body]").text()).isEqualTo("Écrivez votre message.");
		assertThat(refused.title()).startsWith("Erreur");
		assertThat(statusOf(question)).isEqualTo(RequestStatus.WAITING_FOR_SENDER);
	}

	@Test
	void hostileAttachmentIsRefusedInFrenchAndNothingIsKept() throws IOException {
		Document refused = page(answer(signedInAs(camille), question.reference(), "Voici la facture.",
				new MockMultipartFile("attachments", "facture.pdf", "application/pdf", TestFiles.pdfWithJavaScript())));

		assertThat(refused.select("#attachments-error").text()).contains("Ce PDF contient du code ou des actions");
		assertThat(refused.select("#body").text()).isEqualTo("Voici la facture.");
		assertThat(statusOf(question)).isEqualTo(RequestStatus.WAITING_FOR_SENDER);
		assertThat(cases.open(question.caseId(), staff).messages()).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM request_attachment WHERE case_id = ?", Long.class,
				question.caseId().value()))
			.isZero();

		Document renamed = page(answer(signedInAs(camille), question.reference(), "Voici la facture.",
				new MockMultipartFile("attachments", "facture.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
		assertThat(renamed.select("#attachments-error").text()).isNotBlank();
		assertThat(statusOf(question)).isEqualTo(RequestStatus.WAITING_FOR_SENDER);
	}

	@Test
	void answerWithAFileMovesTheCaseBackIntoReviewAndStaffSeesIt() throws IOException {
		WebSession browser = signedInAs(camille);
		byte[] invoice = TestFiles.pdf();
		MockHttpServletResponse sent = answer(browser, question.reference(), "Voici la facture de l’opticien.",
				new MockMultipartFile("attachments", "facture.pdf", "application/pdf", invoice));

		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).isEqualTo(PATH + "/" + question.reference());
		assertThat(statusOf(question)).isEqualTo(RequestStatus.IN_REVIEW);
		Document thread = page(browser.get(PATH + "/" + question.reference()));
		assertThat(thread.select(".flash-success").text())
			.isEqualTo("Votre réponse est envoyée : la mutuelle reprend l’examen de votre demande.");
		assertThat(thread.select(".thread .message-FROM_SENDER").last().text()).contains("Vous",
				"Voici la facture de l’opticien.", "facture.pdf");
		String file = thread.select(".thread .message-FROM_SENDER").last().select("a").attr("href");
		MockHttpServletResponse download = browser.get(file);
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentAsByteArray()).isEqualTo(invoice);
		// Lucas cannot reach it through his own case
		String foreign = file.replace(question.reference(), lucasQuestion.reference());
		assertThat(signedInAs(lucas).get(foreign).getStatus()).isEqualTo(404);

		// The back office's case shows the answer, the file and the move.
		CaseDetails details = cases.open(question.caseId(), staff);
		assertThat(details.status()).isEqualTo(RequestStatus.IN_REVIEW);
		assertThat(details.messages()).extracting(CaseDetails.Message::direction)
			.containsExactly(MessageDirection.TO_SENDER, MessageDirection.FROM_SENDER);
		assertThat(details.messages().get(1).body()).isEqualTo("Voici la facture de l’opticien.");
		assertThat(details.attachments()).extracting(a -> a.displayName()).containsExactly("facture.pdf");
		assertThat(details.history().get(details.history().size() - 1).actorId()).isNull();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'request.sender-answered' AND object_ref = ?",
				Long.class, "case:" + question.caseId().value()))
			.isEqualTo(1);

		// a further message does not move the case
		assertThat(answer(browser, question.reference(), "Et la deuxième page.").getStatus()).isEqualTo(302);
		assertThat(statusOf(question)).isEqualTo(RequestStatus.IN_REVIEW);
	}

	@Test
	void decidedCaseTakesNoAnswer() throws IOException {
		cases.reject(question.caseId(), staff, "Hors garanties.");
		WebSession browser = signedInAs(camille);
		Document thread = page(browser.get(PATH + "/" + question.reference()));
		assertThat(thread.select("form textarea")).isEmpty();
		assertThat(thread.text()).contains("Refusée", "Cette demande est close");
		Document refused = page(answer(browser, question.reference(), "Pourquoi ?"));
		assertThat(refused.text()).contains("votre message n’a pas été envoyé");
		assertThat(cases.open(question.caseId(), staff).messages()).hasSize(2);
	}

	@Test
	void newRequestFromTheSpaceIsTheMembersFromTheStart() throws IOException {
		WebSession browser = signedInAs(camille);
		assertThat(page(browser.get(PATH + "/nouvelle")).select("h1").text()).isEqualTo("Nouvelle demande");

		Document empty = page(browser.perform(MockMvcRequestBuilders.multipart(PATH + "/nouvelle")
			.param("subject", "")
			.param("message", "Ma question")
			.with(csrf())));
		assertThat(empty.select("#subject-error").text()).contains("Indiquez l’objet de votre demande.");
		assertThat(empty.select("#message").text()).isEqualTo("Ma question");

		MockHttpServletResponse sent = browser.perform(MockMvcRequestBuilders.multipart(PATH + "/nouvelle")
			.file(new MockMultipartFile("attachments", "ordonnance.png", "image/png", TestFiles.png()))
			.param("subject", "Prise en charge d’un appareil auditif")
			.param("message", "Quel remboursement pour un appareil auditif ?")
			.with(csrf()));
		assertThat(sent.getStatus()).isEqualTo(302);
		String reference = sent.getRedirectedUrl().substring(PATH.length() + 1);
		UUID id = jdbc.queryForObject("SELECT id FROM request_case WHERE reference = ?", UUID.class, reference);
		CaseDetails details = cases.open(new CaseId(id), staff);
		assertThat(details.channel()).isEqualTo(RequestChannel.MEMBERSPACE);
		assertThat(details.purposeId()).isEqualTo("iadherent-member-requests");
		assertThat(details.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(details.submitterName()).isEqualTo("Camille Martin");
		assertThat(details.attachments()).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT person_id FROM request_case WHERE id = ?", UUID.class, id))
			.isEqualTo(camille.value());

		Document thread = page(browser.get(sent.getRedirectedUrl()));
		assertThat(thread.select(".flash-success").text()).contains("Votre demande est envoyée");
		assertThat(thread.text()).contains("Quel remboursement pour un appareil auditif ?", "ordonnance.png", "Reçue");
		assertThat(page(browser.get(PATH)).select(".case-list > li").first().text())
			.contains("Prise en charge d’un appareil auditif");
		// accepted, it stays hers
		cases.take(details.id(), staff);
		cases.accept(details.id(), staff, fr.integrance.requests.Acceptance.withAnswer("Jusqu’à 1 700 € par oreille."));
		assertThat(page(browser.get(PATH + "/" + reference)).text()).contains("Acceptée",
				"Jusqu’à 1 700 € par oreille.");
	}

}
