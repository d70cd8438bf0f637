package fr.integrance.notification.internal;

import java.time.Clock;
import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The outbox's jobs, each on one node at a time (ShedLock): a dispatch run and the
 * retention purge (emptying the bodies of old mails, deleting older rows; see
 * {@link fr.integrance.notification.MailOutbox}). {@link MailDispatchSchedule} triggers
 * them.
 * <p>
 * The lock is a convenience, not the safety: two dispatchers that run together (a lock
 * that ran out, a test) still send each mail once, through the claims.
 */
@Component
@RequiredArgsConstructor
class MailDispatchJob {

	static final String DISPATCH_LOCK = "notification.mail-dispatch";

	static final String PURGE_LOCK = "notification.mail-purge";

	private static final Logger log = LoggerFactory.getLogger(MailDispatchJob.class);

	private final MailDispatcher dispatcher;

	private final OutboxMails mails;

	private final NotificationProperties properties;

	private final Clock clock;

	@SchedulerLock(name = DISPATCH_LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
	public void dispatch() {
		dispatcher.dispatchDue();
	}

	@SchedulerLock(name = PURGE_LOCK, lockAtMostFor = "PT30M")
	public void purge() {
		Instant now = clock.instant();
		int emptied = mails.purgeBodies(now.minus(properties.bodyRetention()), now);
		int deleted = mails.deleteFinished(now.minus(properties.recordRetention()));
		if (emptied > 0 || deleted > 0) {
			log.info("Mail outbox retention: {} bodies emptied, {} rows deleted", emptied, deleted);
		}
	}

}
