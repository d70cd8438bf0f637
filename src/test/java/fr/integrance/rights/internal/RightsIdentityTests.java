package fr.integrance.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.rights.ConfirmationOutcome;
import fr.integrance.rights.IdentityState;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequestView;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.VerifiedRightsRequest;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * The proportionate identity check of an anonymous request: matched against the people
 * and contracts the mutual holds; exactly one match with an address on file gets a
 * single-use, expiring link at that address (not the typed one); anything else waits for
 * staff. A signed-in request is verified by its session. The deadline reminders go to the
 * DPO once each.
 */
@IdentityIntegrationTest
class RightsIdentityTests {

	private static final Pattern LINK = Pattern.compile("/mes-droits/confirmation/([A-Za-z0-9_-]+)");

	private static final LocalDate BORN = LocalDate.of(1971, 4, 12);

	@Autowired
	RightsRequests rights;

	@Autowired
	RightsDesk desk;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

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

	@Test
	void oneMatchGetsASingleUseLinkAtTheAddressOnFile() throws Exception {
		String last = uniqueName();
		String onFile = unique("on-file");
		PersonId person = personWithAddress(last, "Hélène", onFile);
		String typed = unique("typed");

		ReceivedRightsRequest received = rights.receive(submission(last, "helene", typed, null, BORN));

		RightsRequestView view = desk.find(received.id()).orElseThrow();
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.RECEIVED);
		assertThat(view.identity()).isEqualTo(IdentityState.LINK_SENT);
		assertThat(view.subjectRef()).isNull();
		List<QueuedMail> mails = OutboxDelivery.mailsTo(context, onFile);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).contains(received.reference());
		assertThat(mails.get(0).text()).contains("à votre nom", "ignorez ce message").doesNotContain(typed);
		assertThat(OutboxDelivery.mailsTo(context, typed))
			.noneMatch(m -> m.text().contains("/mes-droits/confirmation/"));
		String token = token(mails.get(0));

		assertThat(rights.confirm("wrong-" + token)).isEqualTo(ConfirmationOutcome.UNKNOWN);
		assertThat(rights.confirm(token)).isEqualTo(ConfirmationOutcome.CONFIRMED);
		assertThat(rights.confirm(token)).isEqualTo(ConfirmationOutcome.ALREADY_USED);

		view = desk.find(received.id()).orElseThrow();
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		assertThat(view.identity()).isEqualTo(IdentityState.LINK_CONFIRMED);
		assertThat(view.subjectRef()).isEqualTo("PERSON:" + person.value());
		assertThat(view.history()).extracting(RightsRequestView.Step::kind)
			.containsExactly("received", "link-sent", "identity-confirmed");
	}

	@Test
	void anExpiredLinkConfirmsNothing() {
		String last = uniqueName();
		String onFile = unique("expired");
		personWithAddress(last, "Paul", onFile);
		ReceivedRightsRequest received = rights.receive(submission(last, "Paul", unique("x"), null, BORN));
		String token = token(OutboxDelivery.mailsTo(context, onFile).get(0));

		clock.advance(JpaRightsRequests.LINK_VALIDITY.plus(Duration.ofMinutes(1)));

		assertThat(rights.confirm(token)).isEqualTo(ConfirmationOutcome.EXPIRED);
		assertThat(desk.find(received.id()).orElseThrow().line().status()).isEqualTo(RightsRequestStatus.RECEIVED);
	}

	@Test
	void theMemberNumberAloneWithTheNamesIsEnough() {
		String last = uniqueName();
		String onFile = unique("member");
		PersonId person = personWithAddress(last, "Marc", onFile);
		IndividualContract contract = fixtures.activeContract(person, LocalDate.of(2025, 1, 1), List.of());

		rights.receive(submission(last, "Marc", unique("y"), contract.memberNumber().value(), null));

		assertThat(OutboxDelivery.mailsTo(context, onFile))
			.filteredOn(mail -> mail.subject().startsWith("Confirmez votre demande"))
			.hasSize(1);
	}

	@Test
	void homonymsNoAddressOrTooLittleGivenWaitForStaff() {
		String twins = uniqueName();
		personWithAddress(twins, "Lou", unique("twin1"));
		personWithAddress(twins, "Lou", unique("twin2"));
		String lonely = uniqueName();
		fixtures.person(lonely, "Ana", BORN);
		String named = uniqueName();
		String namedAddress = unique("named");
		personWithAddress(named, "Iris", namedAddress);

		for (RightsRequestSubmission submission : List.of(submission(twins, "Lou", unique("a"), null, BORN),
				submission(lonely, "Ana", unique("b"), null, BORN),
				// Names alone never identify anyone.
				submission(named, "Iris", unique("c"), null, null),
				// A wrong birth date is no match.
				submission(named, "Iris", unique("d"), null, BORN.plusDays(1)))) {
			ReceivedRightsRequest received = rights.receive(submission);
			RightsRequestView view = desk.find(received.id()).orElseThrow();
			assertThat(view.line().status()).isEqualTo(RightsRequestStatus.IDENTITY_PENDING);
			assertThat(view.identity()).isEqualTo(IdentityState.UNMATCHED);
		}
		assertThat(OutboxDelivery.mailsTo(context, namedAddress)).isEmpty();
	}

	@Test
	void staffLinkTheSubjectAmongTheCandidatesAfterACheck() {
		String twins = uniqueName();
		PersonId first = personWithAddress(twins, "Lou", unique("t1"));
		personWithAddress(twins, "Lou", unique("t2"));
		ReceivedRightsRequest received = rights.receive(submission(twins, "Lou", unique("e"), null, BORN));

		assertThat(desk.candidates(received.id())).hasSize(2);
		desk.linkSubject(received.id(), DataSubjectRef.person(first.value()), true, "Pièce vérifiée",
				UUID.randomUUID());

		RightsRequestView view = desk.find(received.id()).orElseThrow();
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		assertThat(view.identity()).isEqualTo(IdentityState.DOCUMENT_CHECKED);
		assertThat(view.subjectRef()).isEqualTo("PERSON:" + first.value());
	}

	@Test
	void aSignedInRequestIsInProgressAtOnceWithItsChannel() {
		UUID adult = UUID.randomUUID();
		UUID agent = UUID.randomUUID();
		ReceivedRightsRequest received = rights
			.receiveVerified(new VerifiedRightsRequest("access", "all", null, DataSubjectRef.person(adult), "Tuteur",
					"Martin", unique("guardian"), "fr", RightsChannel.GUARDIAN_SPACE, true, agent));

		RightsRequestView view = desk.find(received.id()).orElseThrow();
		assertThat(view.line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		assertThat(view.line().channel()).isEqualTo(RightsChannel.GUARDIAN_SPACE);
		assertThat(view.onBehalf()).isTrue();
		assertThat(view.identity()).isEqualTo(IdentityState.VERIFIED_SESSION);
		assertThat(view.subjectRef()).isEqualTo("PERSON:" + adult);
		assertThat(view.line().dueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
	}

	@Test
	void remindersGoToTheDpoOnceEach() throws Exception {
		ReceivedRightsRequest received = rights
			.receiveVerified(new VerifiedRightsRequest("erasure", "all", null, DataSubjectRef.person(UUID.randomUUID()),
					"Alice", "Martin", unique("remind"), "fr", RightsChannel.MEMBER_SPACE, false, UUID.randomUUID()));
		// Due 2 April 2026.
		clock.set(Instant.parse("2026-03-26T09:00:00Z"));
		reminders.run();
		reminders.run();
		assertThat(remindersOf(received.reference())).hasSize(1);

		clock.set(Instant.parse("2026-03-31T09:00:00Z"));
		reminders.run();
		reminders.run();
		clock.set(Instant.parse("2026-04-03T09:00:00Z"));
		reminders.run();
		reminders.run();

		assertThat(remindersOf(received.reference())).extracting(QueuedMail::subject)
			.containsExactlyInAnyOrder("Demande " + received.reference() + " : échéance dans 7 jours",
					"Demande " + received.reference() + " : échéance dans 2 jours",
					"Demande " + received.reference() + " : délai de réponse dépassé");
		RightsRequestView view = desk.find(received.id()).orElseThrow();
		assertThat(view.line().overdue()).isTrue();
		assertThat(view.history()).extracting(RightsRequestView.Step::kind)
			.contains("reminder-d7", "reminder-d2", "reminder-overdue");
	}

	@Test
	void theConfirmationPageAsksThenConfirmsOnce() throws Exception {
		String last = uniqueName();
		String onFile = unique("page");
		personWithAddress(last, "Rose", onFile);
		rights.receive(submission(last, "Rose", unique("z"), null, BORN));
		String token = token(OutboxDelivery.mailsTo(context, onFile).get(0));

		String page = mvc.perform(get("/mes-droits/confirmation/" + token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Je confirme ma demande");

		MockHttpServletResponse confirmed = mvc.perform(post("/mes-droits/confirmation/" + token).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(confirmed.getStatus()).isEqualTo(200);
		assertThat(confirmed.getContentAsString()).contains("Votre demande est confirmée");

		MockHttpServletResponse again = mvc.perform(post("/mes-droits/confirmation/" + token).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(410);
		assertThat(again.getContentAsString()).contains("Ce lien a déjà servi");

		assertThat(mvc.perform(post("/mes-droits/confirmation/inconnu").with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	/** The acknowledgement runs after commit, on its own thread: let it finish first. */
	private void awaitAcknowledgement(String requester) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !OutboxDelivery.mailsTo(context, requester).isEmpty());
	}

	private List<QueuedMail> remindersOf(String reference) {
		return OutboxDelivery.mailsTo(context, "dpo@integrance.fr")
			.stream()
			.filter(mail -> mail.subject().contains(reference))
			.toList();
	}

	private PersonId personWithAddress(String lastName, String firstName, String email) {
		PersonId person = fixtures.person(lastName, firstName, BORN);
		fixtures.people().changeContact(person, EmailAddress.of(email), null);
		return person;
	}

	private static RightsRequestSubmission submission(String lastName, String firstName, String email,
			@Nullable String memberNumber, @Nullable LocalDate birthDate) {
		return new RightsRequestSubmission("access", "all", null, firstName, lastName, email, memberNumber, "fr",
				birthDate);
	}

	private static String token(QueuedMail mail) {
		Matcher matcher = LINK.matcher(mail.text());
		assertThat(matcher.find()).as("a confirmation link in the mail").isTrue();
		return matcher.group(1);
	}

	/** A last name no other test uses: letters only. */
	private static String uniqueName() {
		StringBuilder name = new StringBuilder("Droit");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			name.append((char) ('a' + Character.digit(c, 16)));
		}
		return name.toString().toUpperCase(Locale.ROOT);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

}
