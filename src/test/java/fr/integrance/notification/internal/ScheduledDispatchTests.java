package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import fr.integrance.IntegrationTest;
import fr.integrance.notification.MailDelivery;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailStatus;

/**
 * With the scheduler on, as in the embedded and production profiles, a committed mail
 * goes out without anyone calling the dispatcher. GreenMail's own wait is event-driven
 * (it wakes when the message arrives); the bound only keeps a broken schedule from
 * hanging the build. The context is closed afterwards so that its scheduler does not
 * outlive the test.
 */
@IntegrationTest
@TestPropertySource(properties = { "app.scheduling.enabled=true", "app.notification.mail.dispatch-interval=PT0.2S",
		"app.notification.mail.dispatch-initial-delay=PT0S" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScheduledDispatchTests extends OutboxTestSupport {

	@Autowired
	MailDispatchSchedule schedule;

	@Test
	void committedMailIsSentByTheScheduledDispatcher() {
		MailId id = enqueueCommitted(notice("planifie@example.org"));

		assertThat(greenMail.waitForIncomingEmail(60_000, 1)).isTrue();

		assertThat(received()).hasSize(1);
		MailDelivery delivery = outbox.delivery(id).orElseThrow();
		assertThat(delivery.status()).isIn(MailStatus.SENDING, MailStatus.SENT);
	}

}
