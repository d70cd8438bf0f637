package fr.integrance.statistics.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When the audience job runs: once a night ({@code app.statistics.cron}, 03:20 UTC).
 * Absent in tests, which call {@link AudienceStatistics} themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class StatisticsSchedule {

	private final AudienceStatistics statistics;

	@Scheduled(cron = "${app.statistics.cron:0 20 3 * * *}", zone = "UTC")
	void daily() {
		statistics.daily();
	}

}
