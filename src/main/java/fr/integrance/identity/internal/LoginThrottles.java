package fr.integrance.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.identity.internal.LoginFailure.KeyKind;
import fr.integrance.platform.BlindIndex;

/**
 * The throttles of login attempts (issue 11, item 5), in the database so that every node
 * sees the same counts. They count per source (the client address) and per account and
 * source, never per account alone, so that an attacker's failures slow and lock the
 * attacker's own address while the owner still signs in from any other:
 * <ul>
 * <li>one account from one source: a growing delay after {@code delayAfter} failures, a
 * lock after {@code lockAfter} within the window;</li>
 * <li>one source, whatever the logins: every attempt refused after
 * {@code maxFailuresPerSource} failures within the window (refused attempts count
 * too);</li>
 * <li>one account, whatever the sources: from {@code alertAfter} failures within the
 * window its owner gets one alert mail per {@code alertInterval}, with a link that clears
 * the account's throttles. These failures refuse nothing: a right password (and second
 * factor, for an account that has one) from a source that is not throttled signs in.</li>
 * </ul>
 * Keys are keyed digests (no address in clear). Callers run inside the login's
 * transaction, which holds the account row: counts of one account do not race.
 */
@Component
@RequiredArgsConstructor
class LoginThrottles {

	static final String SOURCE_SCOPE = "identity.login.source";

	static final String ACCOUNT_SOURCE_SCOPE = "identity.login.account-source";

	static final String ACCOUNT_SCOPE = "identity.login.account";

	private final LoginFailures failures;

	private final BlindIndex index;

	private final IdentityProperties properties;

	/** Whether an attempt for this account from this source may be checked now. */
	enum Gate {

		OPEN, THROTTLED, LOCKED

	}

	/** Whether every attempt from this source is refused for now. */
	boolean sourceThrottled(String source, Instant now) {
		return failures.countSince(KeyKind.SOURCE, sourceKey(source), windowStart(now)) >= lockout()
			.maxFailuresPerSource();
	}

	/**
	 * The failures that count are those within {@code lockDuration} before the last one
	 * (refused attempts add none): {@code lockAfter} of them lock the source out of the
	 * account for {@code lockDuration} after the last.
	 */
	Gate gate(Account account, String source, Instant now) {
		String key = accountSourceKey(account, source);
		Optional<Instant> last = failures.lastSince(KeyKind.ACCOUNT_SOURCE, key, windowStart(now));
		if (last.isEmpty()) {
			return Gate.OPEN;
		}
		long count = failures.countSince(KeyKind.ACCOUNT_SOURCE, key, last.get().minus(lockout().lockDuration()));
		if (count >= lockout().lockAfter()) {
			return Gate.LOCKED;
		}
		long exponent = Math.min(count - lockout().delayAfter(), 20);
		if (exponent >= 0 && now.isBefore(last.get().plus(Duration.ofSeconds(1L << exponent)))) {
			return Gate.THROTTLED;
		}
		return Gate.OPEN;
	}

	/** An attempt refused or failed from this source, whatever the login. */
	void sourceFailed(String source, Instant now) {
		failures.deleteOlderThan(now.minus(lockout().longestWindow()));
		failures.save(new LoginFailure(KeyKind.SOURCE, sourceKey(source), null, now));
	}

	/**
	 * An attempt on this account refused or failed from this source.
	 * @param checked whether the credentials were checked and wrong (they count towards
	 * this source's delay and lock), rather than refused unchecked
	 * @return what the failure led to
	 */
	Failure accountFailed(Account account, String source, boolean checked, Instant now) {
		sourceFailed(source, now);
		boolean locked = false;
		if (checked) {
			String key = accountSourceKey(account, source);
			failures.save(new LoginFailure(KeyKind.ACCOUNT_SOURCE, key, account.id(), now));
			locked = failures.countSince(KeyKind.ACCOUNT_SOURCE, key, windowStart(now)) >= lockout().lockAfter();
		}
		String accountKey = accountKey(account);
		failures.save(new LoginFailure(KeyKind.ACCOUNT, accountKey, account.id(), now));
		boolean alert = failures.countSince(KeyKind.ACCOUNT, accountKey, windowStart(now)) >= lockout().alertAfter()
				&& failures.countSince(KeyKind.ALERT, accountKey, now.minus(lockout().alertInterval())) == 0;
		if (alert) {
			failures.save(new LoginFailure(KeyKind.ALERT, accountKey, account.id(), now));
		}
		return new Failure(locked, alert);
	}

	/**
	 * What a failure led to.
	 *
	 * @param locked this failure locked the account for its source
	 * @param alert the owner must be alerted now
	 */
	record Failure(boolean locked, boolean alert) {
	}

	/** A complete login from this source: its count for the account starts afresh. */
	void succeeded(Account account, String source) {
		failures.deleteAll(KeyKind.ACCOUNT_SOURCE, accountSourceKey(account, source));
	}

	/**
	 * Clears the account's throttles from every source (the unlock link, a password
	 * reset); the alert stays counted, so that its interval holds.
	 * @return whether there was anything to clear
	 */
	boolean clear(Account account) {
		return failures.deleteOfAccount(account.id(), KeyKind.ALERT) > 0;
	}

	private IdentityProperties.Lockout lockout() {
		return properties.lockout();
	}

	private Instant windowStart(Instant now) {
		return now.minus(lockout().lockDuration());
	}

	private String sourceKey(String source) {
		return index.of(SOURCE_SCOPE, ActivationAttemptService.clientKey(source));
	}

	private String accountSourceKey(Account account, String source) {
		return index.of(ACCOUNT_SOURCE_SCOPE, account.id() + "|" + ActivationAttemptService.clientKey(source));
	}

	private String accountKey(Account account) {
		return index.of(ACCOUNT_SCOPE, account.id().toString());
	}

}
