package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Reauthentication;
import fr.integrance.identity.internal.SecurityJournal.FailureReason;
import fr.integrance.platform.FieldEncryption;

/**
 * {@link Reauthentication}: the session's sign-in time
 * ({@link SessionAttributes#AUTHENTICATED_AT}) or its last proof
 * ({@link SessionAttributes#REAUTHENTICATED_AT}) within the window; the password checked
 * by the hasher, a TOTP code by {@link Totp} with the account's last step (a code is not
 * accepted twice); failures counted by the login throttles of the account and client
 * address, so that a stolen session cannot guess the password faster than the sign-in
 * page lets anyone.
 */
@Service
class AccountReauthentication implements Reauthentication {

	private final Accounts accounts;

	private final PasswordHasher hasher;

	private final Totp totp;

	private final FieldEncryption encryption;

	private final LoginThrottles throttles;

	private final SecurityJournal journal;

	private final Clock clock;

	private final Duration window;

	AccountReauthentication(Accounts accounts, PasswordHasher hasher, Totp totp, FieldEncryption encryption,
			LoginThrottles throttles, SecurityJournal journal, Clock clock,
			@Value("${app.identity.reauthentication-window:PT10M}") Duration window) {
		this.accounts = accounts;
		this.hasher = hasher;
		this.totp = totp;
		this.encryption = encryption;
		this.throttles = throttles;
		this.journal = journal;
		this.clock = clock;
		this.window = window;
	}

	@Override
	public boolean recent(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Instant since = clock.instant().minus(window);
		return after(session.getAttribute(SessionAttributes.AUTHENTICATED_AT), since)
				|| after(session.getAttribute(SessionAttributes.REAUTHENTICATED_AT), since);
	}

	private static boolean after(@Nullable Object value, Instant since) {
		return value instanceof Instant instant && instant.isAfter(since);
	}

	@Override
	@Transactional(readOnly = true)
	public Proof proof(AuthenticatedUser user) {
		return accounts.findById(user.accountId().value())
			.filter(Account::secondFactorEnrolled)
			.map(account -> Proof.TOTP)
			.orElse(Proof.PASSWORD);
	}

	@Override
	@Transactional
	public Outcome confirm(AuthenticatedUser user, String secret, HttpServletRequest request) {
		Optional<Account> found = accounts.findByIdForUpdate(user.accountId().value());
		if (found.isEmpty() || !found.get().isActive()) {
			return Outcome.LOCKED_OUT;
		}
		Account account = found.get();
		Instant now = clock.instant();
		String source = request.getRemoteAddr();
		if (throttles.gate(account, source, now) != LoginThrottles.Gate.OPEN) {
			journal.loginFailed(account.accountId(), FailureReason.THROTTLED);
			return Outcome.LOCKED_OUT;
		}
		String given = secret == null ? "" : secret;
		boolean accepted;
		FailureReason failure;
		if (account.secondFactorEnrolled()) {
			OptionalLong step = totp.verify(account.totpSecret(encryption), given.replaceAll("\\s", ""), now,
					account.totpLastStep());
			step.ifPresent(account::acceptTotpStep);
			accepted = step.isPresent();
			failure = FailureReason.BAD_SECOND_FACTOR;
		}
		else {
			accepted = !given.isEmpty() && hasher.matches(given, account.passwordHash());
			failure = FailureReason.BAD_PASSWORD;
		}
		if (!accepted) {
			boolean locked = throttles.accountFailed(account, source, true, now).locked();
			journal.loginFailed(account.accountId(), failure);
			if (locked) {
				journal.accountLocked(account.accountId());
				return Outcome.LOCKED_OUT;
			}
			return Outcome.REJECTED;
		}
		throttles.succeeded(account, source);
		journal.reauthenticated(account.accountId());
		request.getSession().setAttribute(SessionAttributes.REAUTHENTICATED_AT, now);
		return Outcome.CONFIRMED;
	}

}
