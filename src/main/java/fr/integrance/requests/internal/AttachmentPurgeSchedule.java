package fr.integrance.requests.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link AttachmentPurgeJob} runs: every hour by default
 * ({@code app.requests.attachments.purge-cron}). Absent in tests, which call the job
 * themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class AttachmentPurgeSchedule {

	private final AttachmentPurgeJob job;

	@Scheduled(cron = "${app.requests.attachments.purge-cron:0 23 * * * *}")
	void purge() {
		job.purge();
	}

}
