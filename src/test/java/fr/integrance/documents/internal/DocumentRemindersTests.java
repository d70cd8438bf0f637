package fr.integrance.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.DocumentViews.DueNotice;
import fr.integrance.documents.DocumentsTest;
import fr.integrance.documents.DocumentsTestConfiguration.TestRecipients;
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.SpaceId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.MutableClock;

/**
 * Alert and reminder dates with the clock moved: each is sent once, in French, to every
 * recipient of the space, on its date in Paris (not in UTC); not again on the next run;
 * again when the date changes; never from a restricted space. The home-page notices list
 * what is due.
 */
@DocumentsTest
class DocumentRemindersTests {

	/** 22:30 UTC on 10 June 2030: already 11 June in Paris (CEST). */
	static final Instant PARIS_MIDNIGHT_PAST = Instant.parse("2030-06-10T22:30:00Z");

	static final LocalDate PARIS_TODAY = LocalDate.of(2030, 6, 11);

	@Autowired
	DocumentSpaces spaces;

	@Autowired
	ReminderJob job;

	@Autowired
	TestRecipients recipients;

	@Autowired
	PersonalDataProviders privacy;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	SpaceOwner owner;

	DocumentActor me;

	SpaceId space;

	String member;

	String agent;

	@BeforeEach
	void newSpace() {
		clock.set(PARIS_MIDNIGHT_PAST);
		UUID person = UUID.randomUUID();
		owner = SpaceOwner.person(person);
		me = new DocumentActor(DocumentActor.Kind.OWNER, UUID.randomUUID(), person);
		space = spaces.spaceOf(owner).id();
		member = "member-" + person + "@example.org";
		agent = "agent-" + person + "@example.org";
		recipients.set(owner, member, agent);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aReminderIsSentOnceOnItsParisDateAndAgainWhenTheDateChanges() throws Exception {
		DocumentId id = spaces.upload(space, new NewDocument(null, "Jugement de renouvellement", null, "jugement.pdf",
				TestFiles.pdf(), PARIS_TODAY.plusDays(5), PARIS_TODAY.plusDays(2)), me);

		job.sendDue();
		assertThat(mails(member)).isEmpty();
		assertThat(spaces.dueNotices(owner, PARIS_TODAY)).isEmpty();

		clock.advance(Duration.ofDays(2));
		job.sendDue();
		assertThat(mails(member)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Rappel concernant un document de votre espace");
			assertThat(mail.text()).contains("« Jugement de renouvellement »", "13 juin 2030");
		});
		assertThat(mails(agent)).hasSize(1);
		assertThat(spaces.dueNotices(owner, PARIS_TODAY.plusDays(2))).singleElement().satisfies(notice -> {
			assertThat(notice.kind()).isEqualTo(DueNotice.Kind.REMINDER);
			assertThat(notice.documentId()).isEqualTo(id);
			assertThat(notice.date()).isEqualTo(PARIS_TODAY.plusDays(2));
		});

		job.sendDue();
		clock.advance(Duration.ofHours(3));
		job.sendDue();
		assertThat(mails(member)).hasSize(1);

		// a new reminder date is due again
		spaces.setDates(space, id, PARIS_TODAY.plusDays(5), PARIS_TODAY.plusDays(3), me);
		job.sendDue();
		assertThat(mails(member)).hasSize(1);
		clock.advance(Duration.ofDays(1));
		job.sendDue();
		job.sendDue();
		assertThat(mails(member)).hasSize(2);

		// the alert on its own date
		clock.advance(Duration.ofDays(2));
		job.sendDue();
		job.sendDue();
		List<QueuedMail> all = mails(member);
		assertThat(all).hasSize(3);
		assertThat(all.get(2).subject()).isEqualTo("Alerte sur un document de votre espace");
		assertThat(all.get(2).text()).contains("16 juin 2030");
		assertThat(spaces.dueNotices(owner, PARIS_TODAY.plusDays(5))).extracting(DueNotice::kind)
			.containsExactlyInAnyOrder(DueNotice.Kind.ALERT, DueNotice.Kind.REMINDER);

		// cleared dates are no longer due
		spaces.setDates(space, id, null, null, me);
		assertThat(spaces.dueNotices(owner, PARIS_TODAY.plusDays(5))).isEmpty();
	}

	@Test
	void aDateAlreadyPastIsSentAtTheNextRun() throws Exception {
		spaces.upload(space, new NewDocument(null, "Attestation", null, "attestation.png", TestFiles.png(),
				PARIS_TODAY.minusDays(10), null), me);
		job.sendDue();
		assertThat(mails(member)).hasSize(1);
		assertThat(mails(agent)).hasSize(1);
	}

	@Test
	void aRestrictedSpaceSendsNothingUntilTheRestrictionIsLifted() throws Exception {
		spaces.upload(space,
				new NewDocument(null, "RIB", null, "rib.png", TestFiles.png(), null, PARIS_TODAY.plusDays(1)), me);
		DataSubjectRef subject = DataSubjectRef.person(owner.id());
		privacy.restrict(subject, RestrictionGround.ACCURACY_CONTESTED);
		clock.advance(Duration.ofDays(1));
		job.sendDue();
		assertThat(mails(member)).isEmpty();
		privacy.liftRestriction(subject);
		job.sendDue();
		assertThat(mails(member)).hasSize(1);
	}

	private List<QueuedMail> mails(String address) {
		return OutboxDelivery.mailsTo(context, address);
	}

}
