package fr.integrance.audit.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalCheck.Trigger;
import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When the journal's watch runs: a checkpoint every minute
 * ({@code app.audit.checkpoints.interval}; the entries since the last checkpoint are
 * verified, then the head is signed and written outside the database) and a full
 * verification every hour ({@code app.audit.verification.interval}).
 * <p>
 * Why a minute rather than every N entries: a checkpoint written by the appending
 * transaction would put a disk flush (or, in production, a call to an object store) in
 * every audited request, and could name an entry that then rolls back. Once a minute
 * costs one small line and bounds what an intruder can cut unseen from the end of the
 * journal to the last minute's entries (every other change is caught by the keyed links
 * whatever its age).
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class JournalWatchSchedule {

	private final JournalWatchJob job;

	@Scheduled(fixedDelayString = "${app.audit.checkpoints.interval:PT1M}",
			initialDelayString = "${app.audit.checkpoints.initial-delay:PT1M}")
	void checkpoint() {
		job.checkpoint();
	}

	@Scheduled(fixedDelayString = "${app.audit.verification.interval:PT1H}",
			initialDelayString = "${app.audit.verification.interval:PT1H}")
	void verify() {
		job.verify(Trigger.SCHEDULED);
	}

}
