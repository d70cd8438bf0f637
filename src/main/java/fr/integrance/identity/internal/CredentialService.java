package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.PasswordProblem;
import fr.integrance.identity.internal.SecurityJournal.CredentialChange;
import fr.integrance.identity.internal.SecurityJournal.FailureReason;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.identity.internal.SecurityJournal.UnlockReason;

/**
 * Choosing a password: changing it with the current one, resetting it through an e-mailed
 * link (single use, 30 minutes, no account enumeration), or setting it from an
 * invitation. Every change sends an e-mail to the account and ends its other sessions
 * (all of them after a reset).
 */
@Service
public class CredentialService {

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

	CredentialService(Accounts accounts, AccountTokens tokens, PasswordHasher hasher, PasswordPolicy policy,
			AccountSessions sessions, SecurityJournal journal, IdentityMails mails, IdentityProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.hasher = hasher;
		this.policy = policy;
		this.sessions = sessions;
		this.journal = journal;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	public sealed interface Outcome {

		record Done() implements Outcome {
		}

		/** The current password is wrong (counts as a failed login). */
		record WrongCurrentPassword() implements Outcome {
		}

		record Rejected(List<PasswordProblem> problems) implements Outcome {
		}

		/** The link is unknown, expired or already used. */
		record InvalidLink() implements Outcome {
		}

	}

	@Transactional
	public Outcome changePassword(AccountId accountId, String currentPassword, String newPassword,
			String currentSessionId) {
		Account account = accounts.findByIdForUpdate(accountId.value()).orElseThrow();
		Instant now = clock.instant();
		if (!hasher.matches(currentPassword, account.passwordHash())) {
			boolean locked = account.recordFailure(now, properties.lockout());
			journal.loginFailed(account.id(), FailureReason.BAD_PASSWORD);
			if (locked) {
				journal.accountLocked(account.id());
			}
			return new Outcome.WrongCurrentPassword();
		}
		List<PasswordProblem> problems = policy.check(newPassword, account.login());
		if (!problems.isEmpty()) {
			return new Outcome.Rejected(problems);
		}
		account.changePassword(hasher.hash(newPassword), now);
		journal.passwordChanged(account.id(), CredentialChange.PASSWORD_CHANGED);
		mails.passwordChanged(account);
		sessions.endOthers(account.id(), currentSessionId, SessionEndReason.PASSWORD_CHANGED);
		return new Outcome.Done();
	}

	/**
	 * Sends a reset link when the e-mail is the login of an active account; does nothing
	 * visible otherwise (the caller shows the same page either way).
	 */
	@Transactional
	public void requestReset(String email) {
		Optional<Account> found = accounts.findByLogin(Account.normaliseLogin(email));
		if (found.isEmpty() || found.get().status() != AccountStatus.ACTIVE) {
			return;
		}
		Account account = found.get();
		Instant now = clock.instant();
		boolean recent = tokens.findLive(account.id().value(), AccountToken.Purpose.PASSWORD_RESET, now)
			.stream()
			.anyMatch(token -> token.createdAt().isAfter(now.minus(RESET_REQUEST_INTERVAL)));
		if (recent) {
			return;
		}
		AccountToken.Issued issued = AccountToken.issue(account.id().value(), AccountToken.Purpose.PASSWORD_RESET, now,
				properties.links().passwordResetValidity());
		tokens.save(issued.token());
		journal.passwordResetRequested(account.id());
		mails.passwordReset(account, issued.value());
	}

	@Transactional(readOnly = true)
	public boolean resetLinkValid(String token) {
		return usable(token, AccountToken.Purpose.PASSWORD_RESET).isPresent();
	}

	/**
	 * Sets a new password through a reset link. Works while the account is locked, and
	 * unlocks it: the person proved they hold the mailbox.
	 */
	@Transactional
	public Outcome completeReset(String token, String newPassword) {
		Optional<AccountToken> found = usable(token, AccountToken.Purpose.PASSWORD_RESET);
		if (found.isEmpty()) {
			return new Outcome.InvalidLink();
		}
		Account account = accounts.findByIdForUpdate(found.get().accountId()).orElseThrow();
		if (!account.isActive()) {
			return new Outcome.InvalidLink();
		}
		List<PasswordProblem> problems = policy.check(newPassword, account.login());
		if (!problems.isEmpty()) {
			return new Outcome.Rejected(problems);
		}
		Instant now = clock.instant();
		account.changePassword(hasher.hash(newPassword), now);
		tokens.useAll(account.id().value(), AccountToken.Purpose.PASSWORD_RESET, now);
		if (account.resetFailures()) {
			journal.accountUnlocked(account.id(), UnlockReason.PASSWORD_RESET);
		}
		journal.passwordChanged(account.id(), CredentialChange.PASSWORD_RESET);
		mails.passwordChanged(account);
		sessions.endAll(account.id(), SessionEndReason.PASSWORD_RESET);
		return new Outcome.Done();
	}

	/**
	 * The login of an invitation, so that the page can check the password against it;
	 * empty when invalid.
	 */
	@Transactional(readOnly = true)
	public Optional<String> invitationLogin(String token) {
		return usable(token, AccountToken.Purpose.INVITATION).flatMap(t -> accounts.findById(t.accountId()))
			.filter(account -> account.status() == AccountStatus.INVITED)
			.map(Account::login);
	}

	@Transactional
	public Outcome acceptInvitation(String token, String newPassword) {
		Optional<AccountToken> found = usable(token, AccountToken.Purpose.INVITATION);
		if (found.isEmpty()) {
			return new Outcome.InvalidLink();
		}
		Account account = accounts.findByIdForUpdate(found.get().accountId()).orElseThrow();
		if (account.status() != AccountStatus.INVITED) {
			return new Outcome.InvalidLink();
		}
		List<PasswordProblem> problems = policy.check(newPassword, account.login());
		if (!problems.isEmpty()) {
			return new Outcome.Rejected(problems);
		}
		Instant now = clock.instant();
		account.acceptInvitation(hasher.hash(newPassword), now);
		tokens.useAll(account.id().value(), AccountToken.Purpose.INVITATION, now);
		journal.passwordChanged(account.id(), CredentialChange.INVITATION_ACCEPTED);
		mails.passwordChanged(account);
		return new Outcome.Done();
	}

	private Optional<AccountToken> usable(String token, AccountToken.Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findById(AccountToken.hash(token)).filter(t -> t.usable(purpose, clock.instant()));
	}

}
