package fr.integrance.platform.web.submission;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link SubmissionKeyPurge} runs: every hour
 * ({@code app.submission-keys.purge-interval}). Absent in tests, which call the job.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class SubmissionKeyPurgeSchedule {

	private final SubmissionKeyPurge purge;

	@Scheduled(fixedDelayString = "${app.submission-keys.purge-interval:PT1H}",
			initialDelayString = "${app.submission-keys.purge-initial-delay:PT5M}")
	void run() {
		purge.run();
	}

}
