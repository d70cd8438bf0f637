package fr.integrance.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mail outbox ({@code app.notification.mail.*}); every one has a default.
 *
 * @param batchSize how many due mails one dispatcher run takes at most
 * @param maxAttempts attempts before a mail is given up ({@code FAILED})
 * @param firstRetryDelay wait after the first failure; doubled after each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param lease how long a claimed mail stays with its dispatcher before another may take
 * it over; longer than one SMTP conversation with its timeouts (10 + 20 + 20 s); a
 * minute, so that a mail left {@code SENDING} by a crash is sent within a minute
 * @param bodyRetention how long subject and bodies are kept after the mail was sent or
 * given up
 * @param recordRetention how long the row itself (recipient, template, times) is kept
 * @param messageIdDomain right-hand side of the {@code Message-ID} header
 */
@ConfigurationProperties("app.notification.mail")
record NotificationProperties(@DefaultValue("50") int batchSize, @DefaultValue("10") int maxAttempts,
		@DefaultValue("PT1M") Duration firstRetryDelay, @DefaultValue("PT2H") Duration maxRetryDelay,
		@DefaultValue("PT1M") Duration lease, @DefaultValue("P30D") Duration bodyRetention,
		@DefaultValue("P365D") Duration recordRetention, @DefaultValue("integrance.fr") String messageIdDomain) {

	NotificationProperties {
		if (batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("app.notification.mail.batch-size and max-attempts must be positive");
		}
		if (firstRetryDelay.isNegative() || maxRetryDelay.compareTo(firstRetryDelay) < 0 || lease.isNegative()
				|| lease.isZero()) {
			throw new IllegalArgumentException(
					"app.notification.mail: need 0 <= first-retry-delay <= max-retry-delay and a positive lease");
		}
	}

	/** The defaults, for tests that build a dispatcher of their own. */
	static NotificationProperties defaults() {
		return new NotificationProperties(50, 10, Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofMinutes(1),
				Duration.ofDays(30), Duration.ofDays(365), "integrance.fr");
	}

	/**
	 * The wait after the {@code attempt}-th failed attempt (1-based):
	 * {@code firstRetryDelay} doubled {@code attempt - 1} times, capped at
	 * {@code maxRetryDelay}. No jitter: one node dispatches at a time, so there is no
	 * herd of retries to spread.
	 */
	Duration retryDelayAfter(int attempt) {
		Duration delay = firstRetryDelay;
		for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
	}
}
