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

	/**
	 * The longest a dead node's lock keeps the others from dispatching: under a minute,
	 * so that dispatch resumes within a minute after a crash (it used to be ten). A run
	 * stops claiming after {@link MailDispatcher#RUN_BUDGET}; if it still outlives its
	 * lock, a second node dispatching alongside sends nothing twice (the claims).
	 */
	static final String DISPATCH_LOCK_AT_MOST_FOR = "PT50S";

	@SchedulerLock(name = DISPATCH_LOCK, lockAtMostFor = DISPATCH_LOCK_AT_MOST_FOR, lockAtLeastFor = "PT1S")
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
