package fr.integrance.rights.internal.fulfilment;

import static fr.integrance.rights.internal.fulfilment.Answers.code;
import static fr.integrance.rights.internal.fulfilment.Answers.link;
import static fr.integrance.rights.internal.fulfilment.Answers.pdfText;
import static fr.integrance.rights.internal.fulfilment.Answers.unique;
import static fr.integrance.rights.internal.fulfilment.Answers.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.disclosure.Disclosure;
import fr.integrance.disclosure.DisclosureOrder;
import fr.integrance.disclosure.Disclosures;
import fr.integrance.disclosure.FieldRef;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.rights.ConfirmationOutcome;
import fr.integrance.rights.IdentityState;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsDeskException;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequestView;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.VerifiedRightsRequest;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * One test per right through the whole path, with nothing mocked: the intake (the public
 * form's port, anonymous, or a signed-in space), the identity check (the link sent to the
 * address on file and followed, or the session), the fulfilment by the DPO's desk through
 * the SPI (its effect seen in the modules), and the answer (the notice in the outbox, the
 * letter PDF, the archive downloaded with its one-time code); every step in the request's
 * history and in the audit journal. The restriction is also set, enforced and lifted
 * through the DPO's pages, with their errors beside the fields.
 */
@FulfilmentTest
class RightsWholePathTests {

	private static final Pattern CONFIRMATION = Pattern.compile("/mes-droits/confirmation/([A-Za-z0-9_-]+)");

	private static final LocalDate BORN = LocalDate.of(1968, 9, 23);

	private static final UUID STAFF = UUID.randomUUID();

	@Autowired
	RightsRequests rights;

	@Autowired
	RightsDesk desk;

	@Autowired
	ConsentManagement consents;

	@Autowired
	Disclosures disclosures;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	PeopleFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PeopleFixtures(context);
		clock.set(Instant.parse("2026-03-02T09:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A member with a contract and an address on file. */
	record Member(PersonId person, String lastName, String onFile) {

		DataSubjectRef subject() {
			return DataSubjectRef.person(person.value());
		}
	}

	@Test
	void accessFromThePublicFormConfirmedByLinkAnsweredAndDownloadedWithTheCode() throws Exception {
		Member member = member();
		ReceivedRightsRequest received = anonymous(member, "access", "all", "Toutes mes données");

		desk.fulfil(received.id(), null, STAFF);

		answered(received, "received", "link-sent", "identity-confirmed", "answered");
		QueuedMail notice = notice(member.onFile(), received);
		assertThat(notice.text()).contains("/mes-droits/copie/").doesNotContain(member.lastName());
		Map<String, byte[]> zip = download(member.onFile(), received, notice);
		assertThat(zip).containsKeys("index.html", "index.pdf", "data.json").doesNotContainKey("data.csv");
		assertThat(new String(zip.get("index.html"), StandardCharsets.UTF_8)).contains(member.lastName(),
				"Les finalités du traitement", "La durée de conservation");
		assertThat(letter(received)).contains(received.reference(), "Droit d’accès", "copie de vos données",
				"Commission nationale de l’informatique");
		assertThat(journal(received)).containsSubsequence("rights.request.received", "rights.request.link-sent",
				"rights.request.identity-confirmed", "rights.request.answered", "rights.answer.sent");
		assertThat(subjectActions(member)).contains("rights.access.exported");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'rights.archive.downloaded'"
				+ " and object_ref in (select 'rights-archive:' || id from rights_archive where request_id = ?)",
				Long.class, received.id().value()))
			.isEqualTo(1);
	}

	@Test
	void portabilityFromTheMemberSpaceAnsweredAsJsonAndCsv() throws Exception {
		Member member = member();
		ReceivedRightsRequest received = signedIn(member, "portability", "all", null);

		desk.fulfil(received.id(), null, STAFF);

		answered(received, "received", "identity-verified-session", "answered");
		QueuedMail notice = notice(member.onFile(), received);
		assertThat(notice.text()).contains("JSON", "CSV");
		Map<String, byte[]> zip = download(member.onFile(), received, notice);
		assertThat(zip).containsKeys("data.json", "data.csv").doesNotContainKeys("index.html", "index.pdf");
		String csv = new String(zip.get("data.csv"), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("module,category,record,field,value");
		assertThat(csv).contains(member.lastName());
		assertThat(new String(zip.get("data.json"), StandardCharsets.UTF_8)).contains(member.lastName());
		assertThat(letter(received)).contains("Droit à la portabilité");
		assertThat(subjectActions(member)).contains("rights.portability.exported");
	}

	@Test
	void rectificationNeedsWhatWasCorrectedThenItsLetterQuotesItAndTheRecipientsAreToBeNotified() {
		Member member = member();
		Disclosure disclosed = disclosures.disclose(new DisclosureOrder("legal-authorities", "iadherent-member-changes",
				"contract", List.of(new FieldRef("people", "identification", "lastName")), List.of(member.subject()),
				UUID.randomUUID(), "PV-2026-0319", null, null));
		ReceivedRightsRequest received = signedIn(member, "rectification", "all", "Ma ville est Lyon, pas Lille");

		// Nothing said of the correction: refused, the request as it was.
		assertThatThrownBy(() -> desk.fulfil(received.id(), "  ", STAFF)).isInstanceOf(RightsDeskException.class)
			.hasMessage("rightsdesk.error.rectification.note");
		assertThat(view(received).line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);

		desk.fulfil(received.id(), "Ville avant : Lille ; après : Lyon", STAFF);

		RightsRequestView view = answered(received, "received", "identity-verified-session", "answered");
		assertThat(view.history().get(view.history().size() - 1).reason())
			.isEqualTo("Ville avant : Lille ; après : Lyon");
		assertThat(letter(received)).contains("Droit de rectification", "Ville avant : Lille ; après : Lyon",
				"article 19", "Autorités légales ou réglementaires");
		assertThat(notice(member.onFile(), received).text()).doesNotContain("Lyon");
		assertThat(subjectActions(member)).contains("rights.rectification.recorded", "rights.rectification.notice-due");
		// Art. 19: the DPO is told whom to notify, with the disclosure; the journal keeps
		// it.
		assertThat(OutboxDelivery.mailsTo(context, "dpo@integrance.fr"))
			.filteredOn(mail -> mail.subject().contains(received.reference()))
			.singleElement()
			.satisfies(mail -> assertThat(mail.subject()).contains("article 19"))
			.satisfies(mail -> assertThat(mail.text()).contains("Autorités légales ou réglementaires")
				.doesNotContain("Lyon", member.lastName()));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'rights.rectification.notice-due' and object_ref = ?",
				Long.class, "disclosure:" + disclosed.id()))
			.isEqualTo(1);
	}

	@Test
	void erasureConfirmedByLinkListsTheRowsErasedAndTheContractKeptWithItsRule() {
		Member member = member();
		ReceivedRightsRequest received = anonymous(member, "erasure", "all", null);

		desk.fulfil(received.id(), null, STAFF);

		answered(received, "received", "link-sent", "identity-confirmed", "answered");
		assertThat(letter(received)).contains("Droit de suppression", "enregistrement par enregistrement",
				"Conservé : obligation légale, durée de vie du contrat plus six ans");
		assertThat(notice(member.onFile(), received).text()).contains("conservées", "lettre de réponse");
		assertThat(subjectActions(member)).contains("rights.erasure.done");
	}

	@Test
	void restrictionIsSetWithItsGroundEnforcedThenLiftedFromTheDposPages() {
		Member member = member();
		ReceivedRightsRequest received = signedIn(member, "restriction", "all", "Je conteste mon adresse");
		WebSession dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
		String path = "/dpo/demandes/" + received.id();

		// No ground chosen: the error beside the field, the note kept, nothing done.
		Document noGround = page(dpo.post(path + "/reponse", "noteReponse", "Adresse à vérifier"));
		assertThat(noGround.title()).startsWith("Erreur");
		assertThat(noGround.select("#motifLimitation-error").text()).isEqualTo("Choisissez le motif de la limitation.");
		assertThat(noGround.select(".error-summary a[href='#motifLimitation']")).hasSize(1);
		assertThat(noGround.select("#noteReponse").text()).isEqualTo("Adresse à vérifier");
		assertThat(
				page(dpo.post(path + "/reponse", "motifLimitation", "PAS_UN_MOTIF")).select("#motifLimitation-error"))
			.hasSize(1);
		assertThat(view(received).line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);

		assertThat(dpo.post(path + "/reponse", "motifLimitation", "NEEDED_FOR_LEGAL_CLAIMS").getStatus())
			.isEqualTo(302);

		answered(received, "received", "identity-verified-session", "answered");
		assertThat(letter(received)).contains("Droit à la limitation du traitement", "défense de droits en justice",
				"avant de lever");
		// Enforced: the person's data are only stored.
		assertThat(fixtures.people().find(member.person()).orElseThrow().restricted()).isTrue();
		assertThatThrownBy(
				() -> fixtures.people().changeContact(member.person(), EmailAddress.of(unique("changed")), null))
			.isInstanceOf(PersonRestrictedException.class);

		Document answered = page(dpo.get(path));
		assertThat(answered.select("#form-levee")).hasSize(1);
		assertThat(answered.select("#lettre-levee")).isEmpty();
		assertThat(dpo.get(path + "/lettre-levee.pdf").getStatus()).isEqualTo(404);

		assertThat(
				dpo.post(path + "/levee-limitation", "noteLevee", "Adresse vérifiée : elle était exacte.").getStatus())
			.isEqualTo(302);

		assertThat(fixtures.people().find(member.person()).orElseThrow().restricted()).isFalse();
		fixtures.people().changeContact(member.person(), EmailAddress.of(member.onFile()), null);
		Document lifted = page(dpo.get(path));
		assertThat(lifted.select("#form-levee")).isEmpty();
		assertThat(lifted.select("#historique li").eachAttr("data-kind")).endsWith("restriction-lifted");
		MockHttpServletResponse liftLetter = dpo.get(lifted.select("#lettre-levee").attr("href"));
		assertThat(liftLetter.getStatus()).isEqualTo(200);
		assertThat(liftLetter.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(pdfText(liftLetter.getContentAsByteArray())).contains(received.reference(), "levé la limitation",
				"Adresse vérifiée : elle était exacte.");
		assertThat(OutboxDelivery.mailsTo(context, member.onFile()))
			.filteredOn(mail -> mail.subject().equals("Réponse à votre demande " + received.reference()))
			.hasSize(2);
		assertThat(journal(received)).containsSubsequence("rights.request.answered", "rights.answer.sent",
				"rights.request.restriction-lifted");
		assertThat(subjectActions(member)).contains("rights.restriction.set", "rights.restriction.lifted");

		// The queue shows the median time to answer, now that requests were answered.
		assertThat(page(dpo.get("/dpo/demandes")).select("#mediane").text())
			.matches("\\d+(\\.\\d)? jours : délai médian de réponse");

		// Once only: said on the page, which no longer offers the form.
		Document again = page(dpo.post(path + "/levee-limitation", "noteLevee", "encore"));
		assertThat(again.select(".error-summary").text()).isEqualTo("La limitation de cette demande est déjà levée.");
		assertThat(again.select("#form-levee")).isEmpty();
	}

	@Test
	void objectionStopsALegitimateInterestProcessingAndMarketingAbsolutely() {
		Member member = member();
		ReceivedRightsRequest statistics = anonymous(member, "objection", "website-statistics", null);

		desk.fulfil(statistics.id(), null, STAFF);

		answered(statistics, "received", "link-sent", "identity-confirmed", "answered");
		assertThat(letter(statistics)).contains("Droit d’opposition", "Traitement statistique", "est arrêté");
		assertThat(fixtures.people().find(member.person()).orElseThrow().restricted()).isTrue();

		Member other = member();
		consents.record(other.subject(), Map.of(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM,
				RequestOrigin.NONE);
		ReceivedRightsRequest marketing = signedIn(other, "objection", "marketing", null);
		// Compelling grounds do not hold against marketing.
		desk.fulfil(marketing.id(), "Motifs impérieux allégués", STAFF);

		assertThat(consents.currentState(other.subject()).get(ConsentPurposes.MARKETING).decision())
			.isEqualTo(Decision.WITHDRAWN);
		assertThat(subjectActions(other)).contains("rights.objection.done");
	}

	@Test
	void withdrawalOfConsentIsEffectiveAtOnceWithItsProofInTheLetter() {
		Member member = member();
		consents.record(member.subject(), Map.of(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM,
				RequestOrigin.NONE);
		ReceivedRightsRequest received = signedIn(member, "withdraw-consent", "all", null);

		desk.fulfil(received.id(), null, STAFF);

		answered(received, "received", "identity-verified-session", "answered");
		assertThat(consents.currentState(member.subject()).values())
			.allSatisfy(state -> assertThat(state.allows()).isFalse());
		assertThat(letter(received)).contains("1 consentement(s) retiré(s)", "Preuve : retrait",
				"ne remet pas en cause");
		assertThat(subjectActions(member)).contains("rights.consent.withdrawn");
	}

	@Test
	void anUnmatchedRequestIsRefusedWithItsReasonsAndTheRightToComplain() {
		String typed = unique("inconnu");
		ReceivedRightsRequest received = rights
			.receive(new RightsRequestSubmission("erasure", "all", null, "Noé", uniqueName(), typed, null, "fr", BORN));
		awaitAcknowledgement(typed, received);
		assertThat(view(received).identity()).isEqualTo(IdentityState.UNMATCHED);

		desk.refuse(received.id(), "Nous ne détenons aucune donnée à ce nom.", STAFF);

		RightsRequestView view = view(received);
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.REFUSED);
		assertThat(view.history()).extracting(RightsRequestView.Step::kind)
			.containsExactly("received", "identity-pending", "refused");
		assertThat(letter(received)).contains("Refus motivé", "aucune donnée à ce nom",
				"Commission nationale de l’informatique et des libertés", "3 place de Fontenoy");
		assertThat(notice(typed, received).text()).contains("aucune donnée à ce nom", "réclamation");
		assertThat(journal(received)).containsSubsequence("rights.request.received", "rights.request.identity-pending",
				"rights.request.refused", "rights.answer.sent");
		assertThat(desk.medianDaysToAnswer()).isPresent();
	}

	@Test
	void badInputsOnTheDesksFormsAreShownBesideTheirFieldsInFrenchAndNothingTypedIsLost() {
		Member member = member();
		ReceivedRightsRequest received = signedIn(member, "rectification", "all", "Mon prénom est mal écrit");
		WebSession dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
		String path = "/dpo/demandes/" + received.id();

		// A rectification answered without saying what was corrected.
		Document noNote = page(dpo.post(path + "/reponse", "noteReponse", " "));
		assertThat(noNote.title()).startsWith("Erreur");
		assertThat(noNote.select("#noteReponse-error").text()).startsWith("Indiquez la correction faite");
		assertThat(noNote.select("#noteReponse").attr("aria-invalid")).isEqualTo("true");
		// Reasons too long, for an extension and a refusal: kept in their field.
		String tooLong = "Motif détaillé. ".repeat(300);
		Document longExtension = page(dpo.post(path + "/prolongation", "motifs", tooLong));
		assertThat(longExtension.select("#motifs-error").text())
			.isEqualTo("Les motifs ne doivent pas dépasser 4 000 caractères.");
		assertThat(longExtension.select("#motifs").text()).isEqualTo(tooLong.strip());
		Document longRefusal = page(dpo.post(path + "/refus", "motifsRefus", tooLong));
		assertThat(longRefusal.select("#motifsRefus-error").text())
			.isEqualTo("Les motifs ne doivent pas dépasser 4 000 caractères.");
		// Lifting a restriction on a request that is not one.
		Document notRestriction = page(dpo.post(path + "/levee-limitation", "noteLevee", "à lever"));
		assertThat(notRestriction.select(".error-summary").text())
			.isEqualTo("Seule une demande de limitation exécutée peut être levée.");

		RightsRequestView view = view(received);
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		assertThat(view.history()).extracting(RightsRequestView.Step::kind)
			.containsExactly("received", "identity-verified-session");
		assertThat(journal(received)).contains("rights.request.received")
			.doesNotContain("rights.request.answered", "rights.request.extended", "rights.request.refused",
					"rights.answer.sent");
	}

	// ---- the path

	private Member member() {
		String lastName = uniqueName();
		String onFile = unique("on-file");
		PersonId person = fixtures.person(lastName, "Odile", BORN);
		fixtures.people().changeContact(person, EmailAddress.of(onFile), null);
		fixtures.activeContract(person, LocalDate.of(2024, 1, 1), List.of());
		return new Member(person, lastName, onFile);
	}

	/**
	 * The public form's request, matched to the member and confirmed by the link sent to
	 * the address on file (not the one typed).
	 */
	private ReceivedRightsRequest anonymous(Member member, String right, String scope, String message) {
		String typed = unique("typed");
		ReceivedRightsRequest received = rights.receive(new RightsRequestSubmission(right, scope, message, "Odile",
				member.lastName(), typed, null, "fr", BORN));
		awaitAcknowledgement(typed, received);
		assertThat(view(received).identity()).isEqualTo(IdentityState.LINK_SENT);
		String text = OutboxDelivery.mailsTo(context, member.onFile())
			.stream()
			.map(QueuedMail::text)
			.filter(t -> t.contains("/mes-droits/confirmation/"))
			.reduce((first, last) -> last)
			.orElseThrow();
		Matcher token = CONFIRMATION.matcher(text);
		assertThat(token.find()).isTrue();
		assertThat(rights.confirm(token.group(1))).isEqualTo(ConfirmationOutcome.CONFIRMED);
		RightsRequestView view = view(received);
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		assertThat(view.identity()).isEqualTo(IdentityState.LINK_CONFIRMED);
		assertThat(view.subjectRef()).isEqualTo("PERSON:" + member.person().value());
		return received;
	}

	/** A request from the member's space: verified by the session. */
	private ReceivedRightsRequest signedIn(Member member, String right, String scope, String message) {
		ReceivedRightsRequest received = rights
			.receiveVerified(new VerifiedRightsRequest(right, scope, message, member.subject(), "Odile",
					member.lastName(), member.onFile(), "fr", RightsChannel.MEMBER_SPACE, false, UUID.randomUUID()));
		awaitAcknowledgement(member.onFile(), received);
		assertThat(view(received).identity()).isEqualTo(IdentityState.VERIFIED_SESSION);
		return received;
	}

	/**
	 * The acknowledgement runs after commit on its own thread, the request locked: let it
	 * finish before the desk locks the request in turn.
	 */
	private void awaitAcknowledgement(String email, ReceivedRightsRequest received) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> OutboxDelivery.mailsTo(context, email)
				.stream()
				.anyMatch(mail -> mail.subject().contains(received.reference())
						&& !mail.text().contains("/mes-droits/confirmation/")));
	}

	private RightsRequestView answered(ReceivedRightsRequest received, String... kinds) {
		RightsRequestView view = view(received);
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.ANSWERED);
		assertThat(view.closedAt()).isNotNull();
		assertThat(view.history()).extracting(RightsRequestView.Step::kind).containsExactly(kinds);
		return view;
	}

	private RightsRequestView view(ReceivedRightsRequest received) {
		return desk.find(received.id()).orElseThrow();
	}

	private QueuedMail notice(String email, ReceivedRightsRequest received) {
		return OutboxDelivery.mailsTo(context, email)
			.stream()
			.filter(mail -> mail.subject().equals("Réponse à votre demande " + received.reference()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No answer notice for " + received.reference()));
	}

	/**
	 * The archive, downloaded from the notice's link with the code of the second mail.
	 */
	private Map<String, byte[]> download(String email, ReceivedRightsRequest received, QueuedMail notice)
			throws Exception {
		String code = OutboxDelivery.mailsTo(context, email)
			.stream()
			.filter(mail -> mail.subject().equals("Votre code pour la demande " + received.reference()))
			.map(mail -> code(mail.text()))
			.findFirst()
			.orElseThrow();
		MockHttpServletResponse download = mvc.perform(post(link(notice.text())).param("code", code).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/zip");
		return unzip(download.getContentAsByteArray());
	}

	private String letter(ReceivedRightsRequest received) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			desk.writeLetter(received.id(), out);
			return pdfText(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The request's entries in the audit journal, oldest first. */
	private List<String> journal(ReceivedRightsRequest received) {
		return jdbc.queryForList("select action from audit_entry where object_ref = ? order by sequence", String.class,
				"rights-request:" + received.id().value());
	}

	/** What the journal holds about the member as subject. */
	private List<String> subjectActions(Member member) {
		return jdbc.queryForList("select action from audit_entry where subject_ref = ? order by sequence", String.class,
				member.subject().journalRef());
	}

	private static Document page(MockHttpServletResponse response) {
		assertThat(response.getStatus()).isEqualTo(200);
		try {
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** A last name no other test uses: letters only. */
	private static String uniqueName() {
		StringBuilder name = new StringBuilder("Chemin");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			name.append((char) ('a' + Character.digit(c, 16)));
		}
		return name.toString().toUpperCase(Locale.ROOT);
	}

}
