package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.internal.SecurityJournal.FailureReason;
import fr.integrance.platform.FieldEncryption;

/**
 * Login attempts: the password step and the second-factor step, with the growing delay
 * and the temporary lock of RULES.md §4, counted per client address and per account and
 * client address ({@link LoginThrottles}): an attacker locks their own source, not the
 * owner out. The answer never tells why an attempt failed — an unknown login, a wrong
 * password, a locked or a disabled account all give {@link PasswordOutcome.Failed} — and
 * every attempt verifies one Argon2 hash, so that timing does not tell either.
 * <p>
 * Failures of both steps count together, and only a complete login (both steps when a
 * second factor is needed) resets the counter: knowing the password does not buy
 * unlimited code guesses from one source. Outcomes are returned rather than thrown, so
 * that the failure counter commits.
 */
@Service
@RequiredArgsConstructor
class LoginService {

	private final Accounts accounts;

	private final LoginThrottles throttles;

	private final AccountTokens tokens;

	private final RecoveryCodes recoveryCodes;

	private final PasswordHasher hasher;

	private final Totp totp;

	private final SecurityJournal journal;

	private final IdentityMails mails;

	private final IdentityProperties properties;

	private final Clock clock;

	private final FieldEncryption encryption;

	/** What the password step leads to. */
	sealed interface PasswordOutcome {

		/** The one answer to every failure, whatever its reason. */
		record Failed() implements PasswordOutcome {
		}

		/** Signed in: no second factor for this account. */
		record SignedIn(AuthenticatedUser user) implements PasswordOutcome {
		}

		/** The password is right; the TOTP code (or a recovery code) comes next. */
		record SecondFactorRequired(AuthenticatedUser user) implements PasswordOutcome {
		}

		/**
		 * The password is right; the account must enrol a second factor before anything
		 * else.
		 */
		record EnrolmentRequired(AuthenticatedUser user) implements PasswordOutcome {
		}

	}

	/** What the second-factor step leads to. */
	sealed interface SecondFactorOutcome {

		record Accepted(AuthenticatedUser user) implements SecondFactorOutcome {
		}

		/** Wrong, stale or replayed code: the person may try again. */
		record Rejected() implements SecondFactorOutcome {
		}

		/**
		 * The account is now locked or no longer active: the login starts again from the
		 * password.
		 */
		record LockedOut() implements SecondFactorOutcome {
		}

	}

	/**
	 * @param source the client address the attempt comes from (the request's remote
	 * address)
	 */
	@Transactional
	PasswordOutcome checkPassword(String login, String password, String source) {
		String given = password == null ? "" : password;
		// Longer than any acceptable password: still spend one verification, then fail.
		boolean tooLong = given.length() > 2 * PasswordPolicy.MAX_LENGTH;
		String normalised = Account.normaliseLogin(login);
		Optional<Account> found = normalised.isEmpty() ? Optional.empty() : accounts.findByLoginForUpdate(normalised);
		Instant now = clock.instant();
		if (found.isEmpty()) {
			hasher.verifyNothing(tooLong ? given.substring(0, PasswordPolicy.MAX_LENGTH) : given);
			throttles.sourceFailed(source, now);
			journal.loginFailed(null, FailureReason.UNKNOWN_LOGIN);
			return new PasswordOutcome.Failed();
		}
		Account account = found.get();
		boolean passwordMatches;
		if (tooLong) {
			hasher.verifyNothing(given.substring(0, PasswordPolicy.MAX_LENGTH));
			passwordMatches = false;
		}
		else {
			passwordMatches = hasher.matches(given, account.passwordHash());
		}
		Optional<FailureReason> refusal = gate(account, source, now);
		if (refusal.isPresent()) {
			return new PasswordOutcome.Failed();
		}
		if (!passwordMatches) {
			recordFailure(account, source, now, FailureReason.BAD_PASSWORD);
			return new PasswordOutcome.Failed();
		}
		if (account.secondFactorEnrolled()) {
			return new PasswordOutcome.SecondFactorRequired(account.principal());
		}
		if (account.role().secondFactorRequired()) {
			return new PasswordOutcome.EnrolmentRequired(account.principal());
		}
		succeed(account, source, now);
		return new PasswordOutcome.SignedIn(account.principal());
	}

	/**
	 * Checks a TOTP code, or a recovery code, after the password.
	 * @param code six digits, or a recovery code (case, spaces and dashes ignored)
	 */
	@Transactional
	SecondFactorOutcome checkSecondFactor(AccountId accountId, String code, String source) {
		Optional<Account> found = accounts.findByIdForUpdate(accountId.value());
		if (found.isEmpty()) {
			return new SecondFactorOutcome.LockedOut();
		}
		Account account = found.get();
		Instant now = clock.instant();
		Optional<FailureReason> refusal = gate(account, source, now);
		if (refusal.isPresent()) {
			return refusal.get() == FailureReason.THROTTLED ? new SecondFactorOutcome.Rejected()
					: new SecondFactorOutcome.LockedOut();
		}
		String given = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		boolean accepted = false;
		if (given.matches("\\d{" + Totp.DIGITS + "}")) {
			OptionalLong step = totp.verify(account.totpSecret(encryption), given, now, account.totpLastStep());
			if (step.isPresent()) {
				account.acceptTotpStep(step.getAsLong());
				accepted = true;
			}
		}
		else if (given.matches("[A-Z2-9]{" + RecoveryCodeGenerator.LENGTH + "}")) {
			Optional<RecoveryCode> recovery = recoveryCodes.findUnused(account.id(), RecoveryCodeGenerator.hash(given));
			if (recovery.isPresent()) {
				recovery.get().use(now);
				journal.recoveryCodeUsed(account.accountId());
				mails.recoveryCodeUsed(account);
				accepted = true;
			}
		}
		if (!accepted) {
			boolean locked = recordFailure(account, source, now, FailureReason.BAD_SECOND_FACTOR);
			return locked ? new SecondFactorOutcome.LockedOut() : new SecondFactorOutcome.Rejected();
		}
		succeed(account, source, now);
		return new SecondFactorOutcome.Accepted(account.principal());
	}

	/**
	 * Completes the login of an account that has just enrolled its second factor during
	 * login.
	 * @return the principal, empty when the account can no longer sign in
	 */
	@Transactional
	Optional<AuthenticatedUser> completeAfterEnrolment(AccountId accountId, String source) {
		Optional<Account> found = accounts.findByIdForUpdate(accountId.value());
		if (found.isEmpty() || !found.get().isActive()
				|| throttles.gate(found.get(), source, clock.instant()) == LoginThrottles.Gate.LOCKED) {
			return Optional.empty();
		}
		succeed(found.get(), source, clock.instant());
		return Optional.of(found.get().principal());
	}

	/**
	 * Why the attempt is refused before its credentials count, if it is; a refusal is
	 * journaled and counted against the source (and towards the owner's alert).
	 */
	private Optional<FailureReason> gate(Account account, String source, Instant now) {
		Optional<FailureReason> refusal;
		if (!account.isActive()) {
			refusal = Optional.of(FailureReason.NOT_ACTIVE);
		}
		else if (throttles.sourceThrottled(source, now)) {
			refusal = Optional.of(FailureReason.SOURCE_THROTTLED);
		}
		else {
			refusal = switch (throttles.gate(account, source, now)) {
				case LOCKED -> Optional.of(FailureReason.LOCKED);
				case THROTTLED -> Optional.of(FailureReason.THROTTLED);
				case OPEN -> Optional.empty();
			};
		}
		if (refusal.isPresent()) {
			journal.loginFailed(account.accountId(), refusal.get());
			if (refusal.get() == FailureReason.NOT_ACTIVE) {
				// A disabled account's failures are not counted: nobody can sign in to
				// it.
				throttles.sourceFailed(source, now);
			}
			else {
				alertIfNeeded(account, throttles.accountFailed(account, source, false, now), now);
			}
		}
		return refusal;
	}

	private boolean recordFailure(Account account, String source, Instant now, FailureReason reason) {
		LoginThrottles.Failure failure = throttles.accountFailed(account, source, true, now);
		journal.loginFailed(account.accountId(), reason);
		if (failure.locked()) {
			journal.accountLocked(account.accountId());
		}
		alertIfNeeded(account, failure, now);
		return failure.locked();
	}

	/**
	 * The owner's alert: one mail per interval, with a single-use link that clears the
	 * account's throttles.
	 */
	private void alertIfNeeded(Account account, LoginThrottles.Failure failure, Instant now) {
		if (!failure.alert()) {
			return;
		}
		AccountToken.Issued issued = AccountToken.issue(account.id(), AccountToken.Purpose.ACCOUNT_UNLOCK, now,
				properties.lockout().unlockLinkValidity());
		tokens.save(issued.token());
		journal.attackAlertSent(account.accountId());
		mails.underAttack(account, issued.value());
	}

	private void succeed(Account account, String source, Instant now) {
		throttles.succeeded(account, source);
		account.loginSucceeded(now);
		journal.loginSucceeded(account.accountId());
	}

}
