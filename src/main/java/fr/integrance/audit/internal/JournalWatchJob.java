package fr.integrance.audit.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalCheck.Trigger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The journal's watch jobs, each on one node at a time (ShedLock): the full verification
 * (at start-up and on a schedule) and the checkpoint (verifies the entries since the last
 * checkpoint, then signs the new head). {@link JournalWatchSchedule} and
 * {@link JournalStartUpVerification} trigger them.
 */
@Component
@RequiredArgsConstructor
class JournalWatchJob {

	private final JournalMonitor monitor;

	@SchedulerLock(name = "audit.journal-verification", lockAtMostFor = "PT30M")
	public void verify(Trigger trigger) {
		monitor.verify(trigger);
	}

	@SchedulerLock(name = "audit.journal-checkpoint", lockAtMostFor = "PT10M")
	public void checkpoint() {
		monitor.checkpoint();
	}

}
