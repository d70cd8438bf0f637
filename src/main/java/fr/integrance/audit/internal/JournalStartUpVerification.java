package fr.integrance.audit.internal;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalCheck.Trigger;

/**
 * Verifies the whole journal, against the last signed checkpoint, once the application is
 * ready: on a thread of its own, so that a long journal never delays the start
 * ({@code app.audit.verification.at-start-up}, true by default; the tests turn it off and
 * call it themselves).
 */
@Component
@ConditionalOnProperty(name = "app.audit.verification.at-start-up", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class JournalStartUpVerification {

	private static final Logger log = LoggerFactory.getLogger(JournalStartUpVerification.class);

	private final JournalWatchJob job;

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		Thread thread = new Thread(this::run, "audit-journal-start-up-verification");
		thread.setDaemon(true);
		thread.start();
	}

	void run() {
		try {
			job.verify(Trigger.START_UP);
		}
		catch (RuntimeException ex) {
			log.error("The start-up verification of the audit journal failed: {}", ex.toString());
		}
	}

}
