package fr.integrance.platform.events;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link EventPublicationUpkeep} runs: every minute
 * ({@code app.events.upkeep-interval}), the first time half a minute after the start.
 * Absent in tests, which call the job themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class EventPublicationSchedule {

	private final EventPublicationUpkeep upkeep;

	@Scheduled(fixedDelayString = "${app.events.upkeep-interval:PT1M}",
			initialDelayString = "${app.events.upkeep-initial-delay:PT30S}")
	void run() {
		upkeep.run();
	}

}
