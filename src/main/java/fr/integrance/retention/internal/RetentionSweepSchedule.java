package fr.integrance.retention.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When the retention sweep runs: every night at 03:10 by default
 * ({@code app.retention.sweep-cron}), away from the back office's hours. Absent in tests,
 * which call the sweep themselves.
 */
@Component
@ConditionalOnScheduling
class RetentionSweepSchedule {

	private final RetentionSweepService sweeps;

	RetentionSweepSchedule(RetentionSweepService sweeps) {
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "${app.retention.sweep-cron:0 10 3 * * *}", zone = "Europe/Paris")
	void sweep() {
		sweeps.sweep();
	}

}
