package fr.integrance.rights.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link DeadlineReminders} runs: every hour by default
 * ({@code app.rights.reminder-cron}), so that a node down at the usual time delays a
 * reminder by an hour, not a day. Absent in tests, which run the job themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class DeadlineReminderSchedule {

	private final DeadlineReminders reminders;

	@Scheduled(cron = "${app.rights.reminder-cron:0 5 * * * *}", zone = "Europe/Paris")
	void run() {
		reminders.run();
	}

}
