package fr.integrance.guardianspace;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link MeasureLapseAlerts} runs: every day at 6:15 in France by default
 * ({@code app.guardian.lapse-cron}). Absent in tests, which run the job themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class MeasureLapseSchedule {

	private final MeasureLapseAlerts alerts;

	@Scheduled(cron = "${app.guardian.lapse-cron:0 15 6 * * *}", zone = "Europe/Paris")
	void run() {
		alerts.run();
	}

}
