package fr.integrance.documents.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * When {@link ReminderJob} runs: every hour from 7:05 to 20:05 in Paris, so that a date
 * set during the day for today goes out the same day
 * ({@code app.documents.reminders-cron}). Absent in tests, which call the job themselves.
 */
@Component
@ConditionalOnScheduling
@RequiredArgsConstructor
class ReminderSchedule {

	private final ReminderJob job;

	@Scheduled(cron = "${app.documents.reminders-cron:0 5 7-20 * * *}", zone = "Europe/Paris")
	void send() {
		job.sendDue();
	}

}
