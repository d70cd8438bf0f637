package fr.integrance.notification.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When the outbox's jobs run: a dispatch every few seconds
 * ({@code app.notification.mail.dispatch-interval}, 5 s by default, counted from the end
 * of the previous run) and the purge once a night
 * ({@code app.notification.mail.purge-cron}, 03:17). Absent in tests, which call
 * {@link MailDispatchJob} themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class MailDispatchSchedule {

	private final MailDispatchJob job;

	@Scheduled(fixedDelayString = "${app.notification.mail.dispatch-interval:PT5S}",
			initialDelayString = "${app.notification.mail.dispatch-initial-delay:PT10S}")
	void dispatch() {
		job.dispatch();
	}

	@Scheduled(cron = "${app.notification.mail.purge-cron:0 17 3 * * *}")
	void purge() {
		job.purge();
	}

}
