package fr.integrance.retention.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When the retention sweep runs: every night at 03:10 by default
 * ({@code app.retention.sweep-cron}), away from the back office's hours; the audit
 * journal's purge at 03:40 ({@code app.retention.journal-cron}). Absent in tests, which
 * call the sweep themselves.
 */
@Component
@ConditionalOnScheduling
class RetentionSweepSchedule {

	private final RetentionSweepService sweeps;

	private final AuditJournalRetentionJob journal;

	RetentionSweepSchedule(RetentionSweepService sweeps, AuditJournalRetentionJob journal) {
		this.sweeps = sweeps;
		this.journal = journal;
	}

	@Scheduled(cron = "${app.retention.sweep-cron:0 10 3 * * *}", zone = "Europe/Paris")
	void sweep() {
		sweeps.sweep();
	}

	@Scheduled(cron = "${app.retention.journal-cron:0 40 3 * * *}", zone = "Europe/Paris")
	void purgeJournal() {
		journal.purge();
	}

}
