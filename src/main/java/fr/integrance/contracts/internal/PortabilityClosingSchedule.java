package fr.integrance.contracts.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link PortabilityClosingJob} runs: every hour at half past by default
 * ({@code app.contracts.portability-closing-cron}), so that a node down at one run delays
 * a closing by an hour only. Absent in tests, which run the job themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class PortabilityClosingSchedule {

	private final PortabilityClosingJob job;

	@Scheduled(cron = "${app.contracts.portability-closing-cron:0 30 * * * *}", zone = "Europe/Paris")
	void run() {
		job.run();
	}

}
