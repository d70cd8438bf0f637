package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.ActivationLinkRequest;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.identity.MemberActivation;
import fr.integrance.identity.MemberActivationResult;
import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.PasswordProblem;
import fr.integrance.identity.PasswordRejectedException;
import fr.integrance.identity.Role;
import fr.integrance.identity.internal.SecurityJournal.CredentialChange;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;

/**
 * Member accounts: created by the member themselves once recognised (issue 6), through a
 * link e-mailed to the address they gave, which proves they hold it before it becomes
 * their login.
 */
@Service
@RequiredArgsConstructor
class MemberAccountService implements MemberAccounts {

	/**
	 * One activation mail a minute per person at most: no mail-bombing through the form.
	 */
	static final Duration LINK_REQUEST_INTERVAL = Duration.ofMinutes(1);

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final PasswordHasher hasher;

	private final PasswordPolicy policy;

	private final SecurityJournal journal;

	private final ActivationMails mails;

	private final ActivationProperties properties;

	private final Clock clock;

	@Override
	@Transactional
	public AccountId activate(MemberActivation activation) {
		if (accounts.findByPersonAndRole(activation.personId(), Role.MEMBER).isPresent()) {
			throw new IllegalStateException("The person already has a member account");
		}
		List<PasswordProblem> problems = policy.check(activation.password(), activation.email());
		if (!problems.isEmpty()) {
			throw new PasswordRejectedException(problems);
		}
		String login = Account.normaliseLogin(activation.email());
		if (accounts.existsByLogin(login)) {
			throw new LoginAlreadyUsedException();
		}
		return create(activation.personId(), login, activation.password()).accountId();
	}

	@Override
	@Transactional
	public void changeLogin(UUID personId, EmailAddress email) {
		Optional<Account> found = accounts.findByPersonAndRole(personId, Role.MEMBER);
		String login = Account.normaliseLogin(email.value());
		if (found.isEmpty() || found.get().login().equals(login)) {
			return;
		}
		if (accounts.existsByLogin(login)) {
			throw new LoginAlreadyUsedException();
		}
		found.get().changeLogin(login);
		journal.loginChanged(found.get().accountId());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountId> accountOf(UUID personId) {
		return accounts.findByPersonAndRole(personId, Role.MEMBER).map(Account::accountId);
	}

	@Override
	@Transactional
	public ActivationLinkRequest startActivation(UUID personId, EmailAddress email, @Nullable PhoneNumber phone) {
		if (accounts.findByPersonAndRole(personId, Role.MEMBER).isPresent()) {
			mails.alreadyActivated(email);
			return ActivationLinkRequest.SENT;
		}
		if (accounts.existsByLogin(Account.normaliseLogin(email.value()))) {
			mails.addressAlreadyUsed(email);
			return ActivationLinkRequest.SENT;
		}
		Instant now = clock.instant();
		boolean recent = tokens.findLiveOfPerson(personId, AccountToken.Purpose.MEMBER_ACTIVATION, now)
			.stream()
			.anyMatch(token -> token.createdAt().isAfter(now.minus(LINK_REQUEST_INTERVAL)));
		if (recent) {
			return ActivationLinkRequest.TOO_SOON;
		}
		// Only the latest link works: an earlier one, perhaps sent to an address someone
		// else typed after recognising the member, must not still open the account.
		tokens.useAllOfPerson(personId, AccountToken.Purpose.MEMBER_ACTIVATION, now);
		AccountToken.Issued issued = AccountToken.issueActivation(personId, email.value(),
				phone == null ? null : phone.e164(), now, properties.linkValidity());
		tokens.save(issued.token());
		mails.link(email, issued.value(), properties.linkValidity().toHours());
		return ActivationLinkRequest.SENT;
	}

	@Override
	@Transactional
	public void notifyPreviousAddress(EmailAddress previous) {
		mails.createdWithAnotherAddress(previous);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmailAddress> activationLogin(String token) {
		return usable(token, false).map(t -> EmailAddress.of(t.email()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> activationPerson(String token) {
		return usable(token, false).map(AccountToken::personId);
	}

	@Override
	@Transactional
	public MemberActivationResult completeActivation(String token, String password) {
		Optional<AccountToken> found = usable(token, true);
		if (found.isEmpty()) {
			return new MemberActivationResult.InvalidLink();
		}
		AccountToken link = found.get();
		UUID person = Objects.requireNonNull(link.personId(), "an activation link names its person");
		String login = Account.normaliseLogin(link.email());
		if (accounts.findByPersonAndRole(person, Role.MEMBER).isPresent() || accounts.existsByLogin(login)) {
			return new MemberActivationResult.InvalidLink();
		}
		List<PasswordProblem> problems = policy.check(password, login);
		if (!problems.isEmpty()) {
			return new MemberActivationResult.PasswordRejected(problems);
		}
		Account account = create(person, login, password);
		tokens.useAllOfPerson(person, AccountToken.Purpose.MEMBER_ACTIVATION, clock.instant());
		EmailAddress email = EmailAddress.of(link.email());
		mails.accountCreated(email);
		return new MemberActivationResult.Activated(account.accountId(), person, email,
				link.phone() == null ? null : PhoneNumber.parse(link.phone()));
	}

	private Account create(UUID personId, String login, String password) {
		Account account = Account.active(login, login, Role.MEMBER, null, false, personId, hasher.hash(password),
				clock.instant());
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException e) {
			// The same link used twice at the same moment, or the address taken
			// meanwhile: the unique login decides.
			throw new LoginAlreadyUsedException();
		}
		journal.accountCreated(account.accountId(), account.accountId());
		journal.passwordChanged(account.accountId(), CredentialChange.MEMBER_ACTIVATION);
		return account;
	}

	/**
	 * @param forUpdate lock the row (completing); a read-only look must not (PostgreSQL
	 * refuses it)
	 */
	private Optional<AccountToken> usable(String token, boolean forUpdate) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		String hash = AccountToken.hash(token);
		return (forUpdate ? tokens.findByHashForUpdate(hash) : tokens.findById(hash))
			.filter(t -> t.usable(AccountToken.Purpose.MEMBER_ACTIVATION, clock.instant()));
	}

}
