package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Credentials;
import fr.integrance.identity.PasswordChange;
import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.PasswordProblem;
import fr.integrance.identity.internal.SecurityJournal.CredentialChange;
import fr.integrance.identity.internal.SecurityJournal.FailureReason;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.identity.internal.SecurityJournal.UnlockReason;

/** {@link Credentials}: the account's password and the links that set it. */
@Service
@RequiredArgsConstructor
class CredentialService implements Credentials {

	/**
	 * A person may ask for a new reset link once a minute: no mail-bombing through the
	 * form.
	 */
	static final java.time.Duration RESET_REQUEST_INTERVAL = java.time.Duration.ofMinutes(1);

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final PasswordHasher hasher;

	private final PasswordPolicy policy;

	private final AccountSessions sessions;

	private final SecurityJournal journal;

	private final IdentityMails mails;

	private final IdentityProperties properties;

	private final Clock clock;

	private final Authentications authentications;

	private final LoginThrottles throttles;

	private final ResetRequestDispatch resetRequests;

	private final TransactionTemplate transactions;

	@Override
	@Transactional
	public PasswordChange changePassword(AuthenticatedUser user, String currentPassword, String newPassword,
			HttpServletRequest request, HttpServletResponse response) {
		PasswordChange change = changePassword(user.accountId(), currentPassword, newPassword,
				request.getSession().getId(), request.getRemoteAddr());
		if (change instanceof PasswordChange.Done) {
			authentications.renew(request, response);
		}
		return change;
	}

	private PasswordChange changePassword(AccountId accountId, String currentPassword, String newPassword,
			String currentSessionId, String source) {
		Account account = accounts.findByIdForUpdate(accountId.value()).orElseThrow();
		Instant now = clock.instant();
		if (!hasher.matches(currentPassword, account.passwordHash())) {
			boolean locked = throttles.accountFailed(account, source, true, now).locked();
			journal.loginFailed(account.accountId(), FailureReason.BAD_PASSWORD);
			if (locked) {
				journal.accountLocked(account.accountId());
			}
			return new PasswordChange.WrongCurrentPassword();
		}
		List<PasswordProblem> problems = policy.check(newPassword, account.login());
		if (!problems.isEmpty()) {
			return new PasswordChange.Rejected(problems);
		}
		account.changePassword(hasher.hash(newPassword), now);
		journal.passwordChanged(account.accountId(), CredentialChange.PASSWORD_CHANGED);
		mails.passwordChanged(account);
		sessions.endOthers(account.accountId(), currentSessionId, SessionEndReason.PASSWORD_CHANGED);
		return new PasswordChange.Done();
	}

	/**
	 * Sends a reset link when the e-mail is the login of an active account; does nothing
	 * visible otherwise (the caller shows the same page either way, in the same time: the
	 * work runs after the answer).
	 */
	@Override
	public void requestReset(String email) {
		resetRequests.submit(() -> transactions.executeWithoutResult(status -> sendResetLink(email)));
	}

	private void sendResetLink(String email) {
		Optional<Account> found = accounts.findByLogin(Account.normaliseLogin(email));
		if (found.isEmpty() || found.get().status() != AccountStatus.ACTIVE) {
			return;
		}
		Account account = found.get();
		Instant now = clock.instant();
		boolean recent = tokens.findLive(account.id(), AccountToken.Purpose.PASSWORD_RESET, now)
			.stream()
			.anyMatch(token -> token.createdAt().isAfter(now.minus(RESET_REQUEST_INTERVAL)));
		if (recent) {
			return;
		}
		AccountToken.Issued issued = AccountToken.issue(account.id(), AccountToken.Purpose.PASSWORD_RESET, now,
				properties.links().passwordResetValidity());
		tokens.save(issued.token());
		journal.passwordResetRequested(account.accountId());
		mails.passwordReset(account, issued.value());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean resetLinkValid(String token) {
		return usable(token, AccountToken.Purpose.PASSWORD_RESET).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean unlockLinkValid(String token) {
		return usable(token, AccountToken.Purpose.ACCOUNT_UNLOCK).isPresent();
	}

	/**
	 * Sets a new password through a reset link. Works while the account is locked, and
	 * unlocks it: the person proved they hold the mailbox.
	 */
	@Override
	@Transactional
	public PasswordChange completeReset(String token, String newPassword) {
		return passwordThroughLink(token, AccountToken.Purpose.PASSWORD_RESET, Account::isActive, newPassword,
				(account, hash, now) -> {
					account.changePassword(hash, now);
					boolean throttled = throttles.clear(account);
					if (account.resetFailures() || throttled) {
						journal.accountUnlocked(account.accountId(), UnlockReason.PASSWORD_RESET);
					}
				}, CredentialChange.PASSWORD_RESET,
				account -> sessions.endAll(account.accountId(), SessionEndReason.PASSWORD_RESET));
	}

	@Override
	@Transactional
	public boolean unlock(String token) {
		Optional<AccountToken> link = usable(token, AccountToken.Purpose.ACCOUNT_UNLOCK);
		if (link.isEmpty()) {
			return false;
		}
		Account account = accounts.findByIdForUpdate(Objects.requireNonNull(link.get().accountId())).orElseThrow();
		Instant now = clock.instant();
		tokens.useAll(account.id(), AccountToken.Purpose.ACCOUNT_UNLOCK, now);
		throttles.clear(account);
		account.resetFailures();
		journal.accountUnlocked(account.accountId(), UnlockReason.UNLOCK_LINK);
		return true;
	}

	/**
	 * The login of an invitation, so that the page can check the password against it;
	 * empty when invalid.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> invitationLogin(String token) {
		return usable(token, AccountToken.Purpose.INVITATION)
			.flatMap(t -> accounts.findById(Objects.requireNonNull(t.accountId())))
			.filter(account -> account.status() == AccountStatus.INVITED)
			.map(Account::login);
	}

	@Override
	@Transactional
	public PasswordChange acceptInvitation(String token, String newPassword) {
		return passwordThroughLink(token, AccountToken.Purpose.INVITATION,
				account -> account.status() == AccountStatus.INVITED, newPassword, Account::acceptInvitation,
				CredentialChange.INVITATION_ACCEPTED, account -> {
				});
	}

	/** How a link sets the password of its account. */
	@FunctionalInterface
	private interface PasswordSetting {

		void set(Account account, String passwordHash, Instant now);

	}

	/**
	 * Sets a new password through a link of that purpose, when the link is usable and its
	 * account, locked, is {@code eligible}: the password is checked against the policy,
	 * set, the account's links of that purpose are used up, the change journaled and told
	 * by mail, then {@code afterwards} runs.
	 */
	private PasswordChange passwordThroughLink(String token, AccountToken.Purpose purpose, Predicate<Account> eligible,
			String newPassword, PasswordSetting setting, CredentialChange how, Consumer<Account> afterwards) {
		Optional<Account> found = usable(token, purpose)
			.map(link -> accounts.findByIdForUpdate(Objects.requireNonNull(link.accountId())).orElseThrow())
			.filter(eligible);
		if (found.isEmpty()) {
			return new PasswordChange.InvalidLink();
		}
		Account account = found.get();
		List<PasswordProblem> problems = policy.check(newPassword, account.login());
		if (!problems.isEmpty()) {
			return new PasswordChange.Rejected(problems);
		}
		Instant now = clock.instant();
		setting.set(account, hasher.hash(newPassword), now);
		tokens.useAll(account.id(), purpose, now);
		journal.passwordChanged(account.accountId(), how);
		mails.passwordChanged(account);
		afterwards.accept(account);
		return new PasswordChange.Done();
	}

	private Optional<AccountToken> usable(String token, AccountToken.Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findById(AccountToken.hash(token)).filter(t -> t.usable(purpose, clock.instant()));
	}

}
