package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import java.time.Instant;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.integrance.IntegrationTest;
import fr.integrance.notification.MailDelivery;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailStatus;

/**
 * The scheduled jobs: the dispatch run is guarded by ShedLock, the nightly purge applies
 * retention.
 */
@IntegrationTest
class MailDispatchJobTests extends OutboxTestSupport {

	@Autowired
	MailDispatchJob job;

	@Test
	void dispatchRunSkipsWhileAnotherNodeHoldsTheLockAndRunsOnceItIsReleased() {
		MailId id = enqueueCommitted(notice("verrou@example.org"));
		holdLockOnAnotherNode(MailDispatchJob.DISPATCH_LOCK);

		job.dispatch();
		assertThat(received()).as("another node holds the lock").isEmpty();
		assertThat(status(id)).isEqualTo("PENDING");

		releaseLocks();
		job.dispatch();

		assertThat(received()).hasSize(1);
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = :name")
			.param("name", MailDispatchJob.DISPATCH_LOCK)
			.query(String.class)
			.single()).as("this node took the lock").isNotEqualTo("another-node");
	}

	@Test
	void purgeEmptiesBodiesAfterTheirRetentionThenDeletesTheRow() {
		MailId sent = enqueueCommitted(notice("ancien@example.org"));
		dispatcher.dispatchDue();
		clock.advance(Duration.ofDays(29));
		MailId pending = enqueueCommitted(notice("recent@example.org"));

		job.purge();
		assertThat(bodies(sent)).as("kept for 30 days").doesNotContainNull();

		clock.set(NotificationTestConfiguration.START.plus(Duration.ofDays(30)));
		job.purge();
		assertThat(bodies(sent)).containsOnlyNulls();
		assertThat(bodies(pending)).as("an unsent mail keeps its content").doesNotContainNull();
		assertThat(outbox.delivery(sent)).map(MailDelivery::status).contains(MailStatus.SENT);

		clock.set(NotificationTestConfiguration.START.plus(Duration.ofDays(365)));
		job.purge();
		assertThat(outbox.delivery(sent)).as("row deleted after a year").isEmpty();
		assertThat(outbox.delivery(pending)).isPresent();
	}

	@Test
	void nodeCrashedWhenAMinuteHasPassedThenItsLockAndItsSendingMailAreTakenOver() throws Exception {
		Duration lockAtMostFor = Duration
			.parse(MailDispatchJob.class.getMethod("dispatch").getAnnotation(SchedulerLock.class).lockAtMostFor());
		assertThat(lockAtMostFor).as("a dead node's lock").isLessThan(Duration.ofMinutes(1));
		assertThat(properties.lease()).as("a dead node's claim").isLessThanOrEqualTo(Duration.ofMinutes(1));

		MailId stuck = enqueueCommitted(notice("coince@example.org"));
		MailId waiting = enqueueCommitted(notice("attente@example.org"));
		Instant crash = clock.instant();
		// The dead node claimed one mail and never reported back; its lock row stays.
		assertThat(mails.claim(stuck.value(), UUID.randomUUID(), crash, crash.minus(properties.lease()),
				properties.maxAttempts()))
			.isTrue();
		holdLockOnAnotherNodeUntil(LocalDateTime.of(2000, 1, 1, 0, 0));

		clock.advance(Duration.ofMinutes(1));
		job.dispatch();

		assertThat(status(stuck)).as("the SENDING mail past its lease").isEqualTo("SENT");
		assertThat(status(waiting)).isEqualTo("SENT");
		assertThat(received()).hasSize(2);
	}

	@Test
	void slowServerWhenTheRunBudgetIsSpentThenTheRunStopsClaiming() {
		for (int i = 0; i < 5; i++) {
			enqueueCommitted(notice("lent" + i + "@example.org"));
		}
		JavaMailSender slow = new DelegatingSender(mailSender) {
			@Override
			public void send(MimeMessage message) throws MailException {
				super.send(message);
				clock.advance(Duration.ofSeconds(20));
			}
		};

		int sent = freshDispatcher(slow, properties).dispatchDue();

		assertThat(sent).as("claims stop after %s", MailDispatcher.RUN_BUDGET).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM " + OutboxMails.TABLE + " WHERE status = 'PENDING'")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	private void holdLockOnAnotherNode(String name) {
		holdLockOnAnotherNodeUntil(name, LocalDateTime.of(2999, 1, 1, 0, 0));
	}

	private void holdLockOnAnotherNodeUntil(LocalDateTime until) {
		holdLockOnAnotherNodeUntil(MailDispatchJob.DISPATCH_LOCK, until);
	}

	private void holdLockOnAnotherNodeUntil(String name, LocalDateTime farFuture) {
		int updated = jdbc.sql("UPDATE shedlock SET lock_until = :until, locked_by = 'another-node' WHERE name = :name")
			.param("until", farFuture)
			.param("name", name)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (:name, :until, :at, :by)")
				.param("name", name)
				.param("until", farFuture)
				.param("at", LocalDateTime.of(2025, 1, 1, 0, 0))
				.param("by", "another-node")
				.update();
		}
	}

	private java.util.List<Object> bodies(MailId id) {
		var row = jdbc.sql("SELECT subject, text_body, html_body FROM " + OutboxMails.TABLE + " WHERE id = :id")
			.param("id", id.value())
			.query()
			.singleRow();
		return java.util.Arrays.asList(row.get("subject"), row.get("text_body"), row.get("html_body"));
	}

}
