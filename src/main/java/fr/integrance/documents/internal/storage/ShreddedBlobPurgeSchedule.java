package fr.integrance.documents.internal.storage;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link ShreddedBlobPurgeJob} runs: every hour by default
 * ({@code app.documents.shredded-blob-purge-cron}). Absent in tests, which call the job
 * themselves.
 */
@Component
@ConditionalOnScheduling
class ShreddedBlobPurgeSchedule {

	private final ShreddedBlobPurgeJob job;

	ShreddedBlobPurgeSchedule(ShreddedBlobPurgeJob job) {
		this.job = job;
	}

	@Scheduled(cron = "${app.documents.shredded-blob-purge-cron:0 41 * * * *}")
	void purge() {
		job.purge();
	}

}
