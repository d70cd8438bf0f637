package fr.integrance.employerspace.api;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Forgets the API's idempotency keys after a day, on one node at a time. */
@Component
@ConditionalOnScheduling
class IdempotencyPurge {

	private final Idempotency keys;

	IdempotencyPurge(Idempotency keys) {
		this.keys = keys;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "employerspace.idempotency-purge", lockAtMostFor = "PT10M")
	public void purge() {
		keys.purge();
	}

}
