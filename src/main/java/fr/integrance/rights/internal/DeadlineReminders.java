package fr.integrance.rights.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditActor;
import fr.integrance.rights.RightsRequestStatus;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds the handler (the DPO's address in the register) of the open requests whose
 * deadline is near: at D-7 and at D-2, then once when it is passed (the request is then
 * flagged overdue in the queue, which sorts it first). Each request is handled in a
 * transaction of its own that marks the reminder sent for the current due date and
 * enqueues the mail together: a run interrupted half-way resumes where it stopped, and
 * nothing is sent twice; an extension (a new due date) starts the reminders again.
 */
@Component
@RequiredArgsConstructor
class DeadlineReminders {

	static final String LOCK = "rights.deadline-reminders";

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private static final String ACTOR = "SYSTEM:rights-deadlines";

	private final ReceivedRequests requests;

	private final RightsRequestSteps steps;

	private final RightsMails mails;

	private final RightsJournal journal;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Sends the reminders due now, under the cluster-wide lock. */
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public void run() {
		remindDue();
	}

	/** Sends the reminders due now; returns how many were sent. */
	int remindDue() {
		List<UUID> open = requests.openIds(RightsRequestStatus.OPEN);
		int sent = 0;
		for (UUID id : open) {
			try {
				Boolean done = transactions.execute(status -> remind(id));
				if (Boolean.TRUE.equals(done)) {
					sent++;
				}
			}
			catch (DataAccessException busy) {
				// Held by another transaction (its acknowledgement, a desk action): the
				// next
				// run reminds it; the others go on.
				log.warn("Rights deadlines: request {} skipped this run ({})", id, busy.getClass().getSimpleName());
			}
		}
		if (sent > 0) {
			log.info("Rights deadlines: {} reminder(s) sent", sent);
		}
		return sent;
	}

	private boolean remind(UUID id) {
		RightsRequest request = requests.findForAcknowledgement(id).orElse(null);
		if (request == null) {
			return false;
		}
		Instant now = clock.instant();
		@Nullable String kind = request.reminderDue(now);
		if (kind == null) {
			return false;
		}
		mails.reminder(request, kind, request.daysLeft(now));
		steps.save(request.note("reminder-" + kind, ACTOR, null, now));
		journal.record(AuditActor.system("rights-deadlines"), request, "overdue".equals(kind) ? "overdue" : "reminder");
		return true;
	}

}
