package fr.integrance.rights.internal.fulfilment;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link ArchivePurgeJob} runs: every hour by default
 * ({@code app.rights.archive-purge-cron}). Absent in tests, which call the job
 * themselves.
 */
@Component
@ConditionalOnScheduling
class ArchivePurgeSchedule {

	private final ArchivePurgeJob job;

	ArchivePurgeSchedule(ArchivePurgeJob job) {
		this.job = job;
	}

	@Scheduled(cron = "${app.rights.archive-purge-cron:0 23 * * * *}")
	void purge() {
		job.purge();
	}

}
