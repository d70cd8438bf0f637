package fr.integrance.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.rights.internal.fulfilment.FulfilmentOrder;
import fr.integrance.rights.internal.fulfilment.FulfilmentReport;
import fr.integrance.rights.internal.fulfilment.Fulfilments;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.TestPdf;
import fr.integrance.testsupport.WebSession;

/**
 * The DPO console's rights desk pages ({@code fr.integrance.dpo.requests}, tested here
 * beside the rights module whose fulfilment port they mock): the queue with its counts, a
 * request with its history and deadline, the actions as forms with their errors in French
 * beside the field, the fulfilment handed to {@link Fulfilments} (mocked here), the
 * letter downloaded, letters and forwarded e-mails registered by staff (the scan or
 * attachment checked, kept encrypted in the document store and downloaded), and 404 for
 * an unknown request.
 */
@IdentityIntegrationTest
class RightsDeskPagesTests {

	@MockitoBean
	Fulfilments fulfilments;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RightsRequests rights;

	@Autowired
	RightsDesk desk;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	WebSession dpo;

	@BeforeEach
	void signIn() throws Exception {
		clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
	}

	@AfterEach
	void resetClock() throws Exception {
		clock.reset();
	}

	@Test
	void theQueueShowsTheRequestWithItsDeadlineAndTheCounts() throws Exception {
		ReceivedRightsRequest received = anonymous("queue");

		Document queue = page("/dpo/demandes?statut=IDENTITY_PENDING&droit=access&canal=WEBSITE");

		assertThat(queue.select("#file-demandes tr[data-reference=" + received.reference() + "]").text()).contains(
				received.reference(), "identité à vérifier", "Site public", "02/04/2026", "31 jour(s) restant(s)");
		assertThat(queue.select("#compteurs [data-status=IDENTITY_PENDING]").text()).contains("identité à vérifier");
		assertThat(queue.text()).doesNotContain("Camille");
	}

	@Test
	void overdueRequestsAreFlaggedAndComeFirst() throws Exception {
		ReceivedRightsRequest late = anonymous("late");
		clock.advance(Period.ofMonths(1));
		clock.advance(Period.ofDays(3));
		ReceivedRightsRequest fresh = anonymous("fresh");
		// The session lapsed while the clock moved.
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));

		List<RightsRequestLine> overdue = desk.queue(new QueueFilter(null, null, true, null), 0, 100).lines();
		assertThat(overdue).extracting(RightsRequestLine::reference)
			.contains(late.reference())
			.doesNotContain(fresh.reference());
		assertThat(overdue).allMatch(RightsRequestLine::overdue);
		List<RightsRequestLine> all = desk.queue(QueueFilter.all(), 0, 100).lines();
		int lastOverdue = -1;
		int firstOnTime = Integer.MAX_VALUE;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).overdue()) {
				lastOverdue = i;
			}
			else {
				firstOnTime = Math.min(firstOnTime, i);
			}
		}
		assertThat(lastOverdue).isLessThan(firstOnTime);

		Document page = page("/dpo/demandes/" + late.id());
		assertThat(page.select("#echeance").text()).contains("En retard de 3 jour(s)");
	}

	@Test
	void theDpoLinksTheSubjectExtendsAndAnswers() throws Exception {
		ReceivedRightsRequest received = anonymous("answer");
		when(fulfilments.fulfil(any())).thenAnswer(call -> report(call.getArgument(0), false));
		Document request = page("/dpo/demandes/" + received.id());
		assertThat(request.select("#etat").attr("data-status")).isEqualTo("IDENTITY_PENDING");
		assertThat(request.select("#historique li").eachAttr("data-kind")).containsExactly("received",
				"identity-pending");
		assertThat(request.select("#form-reponse")).isEmpty();

		// Nobody chosen: the error beside the field.
		Document missing = Jsoup
			.parse(dpo.post("/dpo/demandes/" + received.id() + "/identite", "note", "vu").getContentAsString());
		assertThat(missing.select("#personne-error").text()).isEqualTo("Choisissez la personne concernée.");
		assertThat(missing.title()).startsWith("Erreur");

		assertThat(dpo.post("/dpo/demandes/" + received.id() + "/identite", "personne", "email").getStatus())
			.isEqualTo(302);

		// Reasons are required to extend.
		Document noReasons = Jsoup
			.parse(dpo.post("/dpo/demandes/" + received.id() + "/prolongation", "motifs", " ").getContentAsString());
		assertThat(noReasons.select("#motifs-error").text()).isEqualTo("Indiquez les motifs.");
		assertThat(dpo.post("/dpo/demandes/" + received.id() + "/prolongation", "motifs", "Dix ans d’archives")
			.getStatus()).isEqualTo(302);
		Document extended = page("/dpo/demandes/" + received.id());
		assertThat(extended.select("#etat").attr("data-status")).isEqualTo("EXTENDED");
		assertThat(extended.select("#echeance").text()).contains("2 juin 2026", "échéance initiale le 2 avril 2026");
		assertThat(extended.select("#form-prolongation")).isEmpty();
		assertThat(OutboxDelivery.mailsTo(context, emailOf("answer", received)))
			.anySatisfy(mail -> assertThat(mail.text()).contains("Dix ans d’archives", "2 juin 2026", "article 12(3)"));

		assertThat(dpo.post("/dpo/demandes/" + received.id() + "/reponse", "noteReponse", "Copie envoyée").getStatus())
			.isEqualTo(302);

		ArgumentCaptor<FulfilmentOrder> order = ArgumentCaptor.forClass(FulfilmentOrder.class);
		verify(fulfilments).fulfil(order.capture());
		assertThat(order.getValue().reference()).isEqualTo(received.reference());
		assertThat(order.getValue().staffNote()).isEqualTo("Copie envoyée");
		assertThat(order.getValue().subject().kind().name()).isEqualTo("EMAIL");
		Document answered = page("/dpo/demandes/" + received.id());
		assertThat(answered.select("#etat").attr("data-status")).isEqualTo("ANSWERED");
		assertThat(answered.select("#historique li").eachAttr("data-kind")).containsExactly("received",
				"identity-pending", "subject-linked", "extended", "answered");
		assertThat(answered.select("#lettre")).hasSize(1);
	}

	@Test
	void aFailedFulfilmentLeavesTheRequestAsItWas() throws Exception {
		ReceivedRightsRequest received = anonymous("failed");
		desk.linkSubject(received.id(), fr.integrance.privacy.DataSubjectRef.email(emailOf("failed", received)), false,
				null, UUID.randomUUID());
		when(fulfilments.fulfil(any())).thenThrow(new UnsupportedOperationException("not built"));

		Document page = Jsoup
			.parse(dpo.post("/dpo/demandes/" + received.id() + "/reponse", "noteReponse", "note gardée")
				.getContentAsString());

		assertThat(page.select("#noteReponse-error").text()).contains("n’a pas pu être produite");
		assertThat(page.select("#noteReponse").text()).isEqualTo("note gardée");
		assertThat(desk.find(received.id()).orElseThrow().line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
	}

	@Test
	void aRefusalNeedsReasonsAndGoesThroughTheFulfilment() throws Exception {
		ReceivedRightsRequest received = anonymous("refuse");
		when(fulfilments.refuse(any(), any())).thenAnswer(call -> report(call.getArgument(0), true));

		Document noReasons = Jsoup
			.parse(dpo.post("/dpo/demandes/" + received.id() + "/refus", "motifsRefus", "").getContentAsString());
		assertThat(noReasons.select("#motifsRefus-error").text()).isEqualTo("Indiquez les motifs.");
		verify(fulfilments, never()).refuse(any(), any());

		assertThat(
				dpo.post("/dpo/demandes/" + received.id() + "/refus", "motifsRefus", "Demande manifestement infondée")
					.getStatus())
			.isEqualTo(302);
		verify(fulfilments).refuse(any(), eq("Demande manifestement infondée"));
		assertThat(desk.find(received.id()).orElseThrow().line().status()).isEqualTo(RightsRequestStatus.REFUSED);
	}

	@Test
	void theLetterIsDownloadedAsAnAttachment() throws Exception {
		ReceivedRightsRequest received = anonymous("letter");
		when(fulfilments.refuse(any(), any())).thenAnswer(call -> report(call.getArgument(0), true));
		desk.refuse(received.id(), "Motif", UUID.randomUUID());
		doAnswer(call -> {
			call.<OutputStream>getArgument(1).write("%PDF-1.7 lettre".getBytes(StandardCharsets.US_ASCII));
			return null;
		}).when(fulfilments).writeLetter(eq(received.id()), any());

		MockHttpServletResponse letter = dpo.get("/dpo/demandes/" + received.id() + "/lettre.pdf");

		assertThat(letter.getStatus()).isEqualTo(200);
		assertThat(letter.getContentType()).isEqualTo("application/pdf");
		assertThat(letter.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("reponse-" + received.reference() + ".pdf");
		assertThat(letter.getContentAsString()).startsWith("%PDF-");
	}

	@Test
	void unknownRequestsAreNotFound() throws Exception {
		assertThat(dpo.get("/dpo/demandes/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(dpo.get("/dpo/demandes/pas-un-id").getStatus()).isEqualTo(404);
		assertThat(dpo.post("/dpo/demandes/" + UUID.randomUUID() + "/refus", "motifsRefus", "x").getStatus())
			.isEqualTo(404);
		ReceivedRightsRequest open = anonymous("open");
		assertThat(dpo.get("/dpo/demandes/" + open.id() + "/lettre.pdf").getStatus()).isEqualTo(404);
	}

	@Test
	void staffRegisterALetterWithErrorsInFrenchBesideTheFields() throws Exception {
		Document errors = Jsoup
			.parse(dpo.post("/dpo/demandes/nouvelle", "channel", "PAPER", "rightId", "", "scope", "all", "firstName",
					"Léa", "lastName", "", "email", "pas-une-adresse", "birthDate", "1800-01-01")
				.getContentAsString());
		assertThat(errors.select("#rightId-error").text()).isEqualTo("Choisissez le droit exercé.");
		assertThat(errors.select("#lastName-error").text()).startsWith("Saisissez le nom");
		assertThat(errors.select("#email-error").text()).startsWith("Saisissez une adresse e-mail valide");
		assertThat(errors.select("#birthDate-error").text()).startsWith("Saisissez une date de naissance valide");
		assertThat(errors.select("#firstName").attr("value")).isEqualTo("Léa");

		String email = "courrier-" + UUID.randomUUID() + "@example.fr";
		MockHttpServletResponse saved = dpo.post("/dpo/demandes/nouvelle", "channel", "PAPER", "rightId", "erasure",
				"scope", "all", "firstName", "Léa", "lastName", "Courrier", "email", email, "language", "fr", "message",
				"Lettre du 1er mars");
		assertThat(saved.getStatus()).isEqualTo(302);
		Document request = page(saved.getRedirectedUrl());
		assertThat(request.select("#etat").attr("data-status")).isEqualTo("IDENTITY_PENDING");
		assertThat(request.text()).contains("Courrier", "Lettre du 1er mars", email);
	}

	@Test
	void staffRegisterAForwardedEmailWithItsAttachmentKeptInTheDocumentStore() throws Exception {
		String email = "transfert-" + UUID.randomUUID() + "@example.fr";
		byte[] attachment = TestPdf.onePage();
		MockHttpServletResponse saved = dpo.perform(MockMvcRequestBuilders.multipart("/dpo/demandes/nouvelle")
			.file(new MockMultipartFile("scan", "courriel.pdf", "application/pdf", attachment))
			.param("channel", "EMAIL")
			.param("rightId", "access")
			.param("scope", "all")
			.param("firstName", "Yann")
			.param("lastName", "Transfert")
			.param("email", email)
			.param("language", "fr")
			.param("message", "Courriel reçu le 1er mars à contact@")
			.with(csrf()));
		assertThat(saved.getStatus()).isEqualTo(302);
		Document request = page(saved.getRedirectedUrl());
		assertThat(request.select("#etat").attr("data-status")).isEqualTo("IDENTITY_PENDING");
		assertThat(request.text()).contains("E-mail transféré", "Courriel reçu le 1er mars");
		String scan = request.select("a[href$='/courrier']").attr("href");
		assertThat(scan).isNotEmpty();
		MockHttpServletResponse download = dpo.get(scan);
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(download.getContentAsByteArray()).isEqualTo(attachment);
		// The acknowledgement is written after commit by an asynchronous listener: waited
		// for, not raced.
		assertThat(OutboxDelivery.awaitMailsTo(context, email, mail -> true)).isNotEmpty();

		MockHttpServletResponse refused = dpo.perform(MockMvcRequestBuilders.multipart("/dpo/demandes/nouvelle")
			.file(new MockMultipartFile("scan", "courriel.pdf", "application/pdf",
					"MZ pas un PDF".getBytes(StandardCharsets.US_ASCII)))
			.param("channel", "EMAIL")
			.param("rightId", "access")
			.param("scope", "all")
			.param("firstName", "Yann")
			.param("lastName", "Transfert")
			.param("email", email)
			.with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document errors = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
		assertThat(errors.select("#scan-error").text()).isNotEmpty();
		assertThat(errors.select("#scan").attr("aria-describedby")).contains("scan-error");
		assertThat(errors.select("#lastName").attr("value")).isEqualTo("Transfert");
		assertThat(errors.select("#channel-email").hasAttr("checked")).isTrue();
	}

	private Document page(String path) {
		MockHttpServletResponse response = dpo.get(path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(contentOf(response));
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private final java.util.Map<String, String> emails = new java.util.HashMap<>();

	private ReceivedRightsRequest anonymous(String name) {
		String email = name + "-" + UUID.randomUUID() + "@example.fr";
		ReceivedRightsRequest received = rights.receive(new RightsRequestSubmission("access", "all",
				"Je veux une copie", "Camille", "Inconnue", email, null, "fr"));
		emails.put(name + received.reference(), email);
		return received;
	}

	private String emailOf(String name, ReceivedRightsRequest received) {
		return emails.get(name + received.reference());
	}

	private FulfilmentReport report(FulfilmentOrder order, boolean refused) {
		return new FulfilmentReport(order.request(), refused, clock.instant(), 0, 0, List.of(), List.of(),
				"rights.answer.summary");
	}

}
