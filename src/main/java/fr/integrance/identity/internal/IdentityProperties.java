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
		lockout = lockout == null ? new Lockout(0, 0, Lockout.LOCK_DURATION) : lockout;
		argon2 = argon2 == null ? new Argon2(0, 0, 0) : argon2;
		session = session == null ? new Session(Session.IDLE_TIMEOUT, Session.ABSOLUTE_TIMEOUT) : session;
		links = links == null ? new Links(Links.PASSWORD_RESET_VALIDITY, Links.INVITATION_VALIDITY) : links;
	}

	/**
	 * @param delayAfter from this many consecutive failures, the next attempt must wait
	 * 2^(failures - delayAfter) seconds after the last failure
	 * @param lockAfter this many consecutive failures lock the account for
	 * {@code lockDuration}
	 */
	public record Lockout(int delayAfter, int lockAfter, Duration lockDuration) {

		static final Duration LOCK_DURATION = Duration.ofMinutes(15);

		public Lockout {
			delayAfter = delayAfter <= 0 ? 3 : delayAfter;
			lockAfter = lockAfter <= 0 ? 10 : lockAfter;
			lockDuration = lockDuration == null ? LOCK_DURATION : lockDuration;
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
