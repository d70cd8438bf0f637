package fr.integrance.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module, each with a default that meets RULES.md §4.
 *
 * @param baseUrl the public address of the platform, for links in e-mails; never taken
 * from the request's Host header (a forged Host would send reset links to an attacker's
 * site)
 * @param lockout growing delay and temporary lock after repeated failures
 * @param argon2 Argon2id cost (OWASP: 19 MiB, 2 iterations, 1 lane)
 * @param session idle and absolute session lifetimes
 * @param links lifetimes of the links sent by e-mail
 */
@ConfigurationProperties("app.identity")
record IdentityProperties(String baseUrl, Lockout lockout, Argon2 argon2, Session session, Links links) {

	public IdentityProperties {
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		lockout = lockout == null
				? new Lockout(0, 0, Lockout.LOCK_DURATION, 0, 0, Duration.ofHours(1), Duration.ofHours(24)) : lockout;
		argon2 = argon2 == null ? new Argon2(0, 0, 0) : argon2;
		session = session == null ? new Session(Session.IDLE_TIMEOUT, Session.ABSOLUTE_TIMEOUT) : session;
		links = links == null ? new Links(Links.PASSWORD_RESET_VALIDITY, Links.INVITATION_VALIDITY) : links;
	}

	/**
	 * Login throttles, counted per client address and per account and client address
	 * (issue 11): an attacker's failures slow and lock their own source, never the
	 * owner's.
	 *
	 * @param delayAfter from this many failures of one account from one source within
	 * {@code lockDuration}, the next attempt from that source must wait 2^(failures -
	 * delayAfter) seconds after the last failure
	 * @param lockAfter this many failures of one account from one source within
	 * {@code lockDuration} refuse every attempt for that account from that source until
	 * they are older than {@code lockDuration}
	 * @param lockDuration the window the failures are counted in, and so how long a lock
	 * lasts at most
	 * @param maxFailuresPerSource this many failed attempts from one client address
	 * within {@code lockDuration}, whatever the logins, refuse every attempt from it
	 * @param alertAfter this many failed attempts on one account within
	 * {@code lockDuration}, whatever the sources, send its owner an alert with an unlock
	 * link (they refuse nothing by themselves)
	 * @param alertInterval at most one alert per account within this time
	 * @param unlockLinkValidity how long the alert's unlock link works
	 */
	public record Lockout(int delayAfter, int lockAfter, Duration lockDuration, int maxFailuresPerSource,
			int alertAfter, Duration alertInterval, Duration unlockLinkValidity) {

		static final Duration LOCK_DURATION = Duration.ofMinutes(15);

		public Lockout {
			delayAfter = delayAfter <= 0 ? 3 : delayAfter;
			lockAfter = lockAfter <= 0 ? 10 : lockAfter;
			lockDuration = lockDuration == null ? LOCK_DURATION : lockDuration;
			maxFailuresPerSource = maxFailuresPerSource <= 0 ? 30 : maxFailuresPerSource;
			alertAfter = alertAfter <= 0 ? 10 : alertAfter;
			alertInterval = alertInterval == null ? Duration.ofHours(1) : alertInterval;
			unlockLinkValidity = unlockLinkValidity == null ? Duration.ofHours(24) : unlockLinkValidity;
		}

		/** The longest time a row counts for: older ones are deleted. */
		Duration longestWindow() {
			Duration twoLocks = lockDuration.multipliedBy(2);
			return twoLocks.compareTo(alertInterval) >= 0 ? twoLocks : alertInterval;
		}
	}

	public record Argon2(int memoryKib, int iterations, int parallelism) {

		public Argon2 {
			memoryKib = memoryKib <= 0 ? 19_456 : memoryKib;
			iterations = iterations <= 0 ? 2 : iterations;
			parallelism = parallelism <= 0 ? 1 : parallelism;
		}
	}

	public record Session(Duration idleTimeout, Duration absoluteTimeout) {

		static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

		static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

		public Session {
			idleTimeout = idleTimeout == null ? IDLE_TIMEOUT : idleTimeout;
			absoluteTimeout = absoluteTimeout == null ? ABSOLUTE_TIMEOUT : absoluteTimeout;
		}
	}

	public record Links(Duration passwordResetValidity, Duration invitationValidity) {

		static final Duration PASSWORD_RESET_VALIDITY = Duration.ofMinutes(30);

		static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

		public Links {
			passwordResetValidity = passwordResetValidity == null ? PASSWORD_RESET_VALIDITY : passwordResetValidity;
			invitationValidity = invitationValidity == null ? INVITATION_VALIDITY : invitationValidity;
		}
	}
}
