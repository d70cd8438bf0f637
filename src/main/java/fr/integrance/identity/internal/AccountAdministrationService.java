package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.GuardianAgents;
import fr.integrance.identity.Invitation;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.identity.NewStaffAccount;
import fr.integrance.identity.Role;
import fr.integrance.identity.UnknownAccountException;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.organisations.NewOrganisation;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.organisations.OrganisationSummary;
import fr.integrance.organisations.Organisations;

/**
 * Creating and ending accounts: staff and DPO accounts and the accounts of organisations
 * (administrator), a guardian organisation's agents (its administrator, scoped to its
 * organisation). Member accounts are {@link MemberAccountService}'s. New staff,
 * representatives and agents are invited by e-mail to choose a password.
 */
@Service
@RequiredArgsConstructor
class AccountAdministrationService implements AccountManagement, GuardianAgents {

	private static final EnumSet<Role> STAFF_ROLES = EnumSet.of(Role.STAFF, Role.DPO, Role.ADMIN);

	private final Accounts accounts;

	private final Organisations organisations;

	private final AccountTokens tokens;

	private final AccountSessions sessions;

	private final SecurityJournal journal;

	private final IdentityMails mails;

	private final IdentityProperties properties;

	private final Clock clock;

	// ---------------------------------------------------------------- administrator

	@Override
	@Transactional
	public AccountId createStaffAccount(NewStaffAccount account, AccountId actor) {
		if (account.role() != Role.STAFF && account.role() != Role.DPO) {
			throw new IllegalArgumentException("Only staff and DPO accounts are created here");
		}
		return invite(account.email(), account.displayName(), account.role(), null, false, actor).accountId();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> staffAccounts() {
		return summaries(accounts.findByRoles(STAFF_ROLES));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<java.util.UUID, String> staffDisplayNames() {
		java.util.Map<java.util.UUID, String> names = new java.util.HashMap<>();
		for (Object[] row : accounts.findStaffDisplayNames()) {
			names.put((java.util.UUID) row[0], (String) row[1]);
		}
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public AccountSummary get(AccountId id) {
		return accounts.findById(id.value())
			.map(a -> a.summary(clock.instant()))
			.orElseThrow(() -> new UnknownAccountException(id));
	}

	@Override
	@Transactional
	public void disable(AccountId target, AccountId actor) {
		Account account = accounts.findByIdForUpdate(target.value())
			.orElseThrow(() -> new UnknownAccountException(target));
		if (target.equals(actor)) {
			throw new IllegalStateException("An administrator cannot disable their own account");
		}
		end(account);
		journal.accountDisabled(target, actor);
	}

	@Override
	@Transactional
	public OrganisationId openOrganisation(NewOrganisation command, Invitation first, AccountId actor) {
		OrganisationSummary organisation = organisations.create(command);
		journal.organisationCreated(organisation.id(), actor);
		// The first agent of a guardian service administers its agents: someone has to.
		invite(first.email(), first.displayName(), Role.ofMembersOf(organisation.kind()), organisation.id(),
				organisation.kind() == OrganisationKind.GUARDIAN_SERVICE, actor);
		return organisation.id();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> organisationAccounts(OrganisationId id) {
		return summaries(accounts.findByOrganisation(id.value()));
	}

	@Override
	@Transactional
	public AccountId inviteToOrganisation(OrganisationId id, Invitation invitation, AccountId actor) {
		OrganisationSummary organisation = organisations.get(id);
		return invite(invitation.email(), invitation.displayName(), Role.ofMembersOf(organisation.kind()),
				organisation.id(), invitation.organisationAdministrator(), actor)
			.accountId();
	}

	// ---------------------------------------------------------------- guardian
	// organisation administrator

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> agents(AuthenticatedUser manager) {
		return summaries(accounts.findByOrganisation(managedOrganisation(manager)));
	}

	@Override
	@Transactional(readOnly = true)
	public AccountSummary agent(AuthenticatedUser manager, AccountId agentId) {
		return agentAccount(manager, agentId).summary(clock.instant());
	}

	@Override
	@Transactional
	public AccountId invite(AuthenticatedUser manager, Invitation invitation) {
		UUID organisation = managedOrganisation(manager);
		return invite(invitation.email(), invitation.displayName(), Role.GUARDIAN_AGENT,
				new OrganisationId(organisation), invitation.organisationAdministrator(), manager.accountId())
			.accountId();
	}

	@Override
	@Transactional
	public void remove(AuthenticatedUser manager, AccountId agentId) {
		Account agent = agentAccount(manager, agentId);
		if (agentId.equals(manager.accountId())) {
			throw new IllegalStateException("An administrator cannot remove themselves");
		}
		end(agent);
		journal.agentRemoved(agentId, manager.accountId());
	}

	/** An agent of the manager's organisation; one of another is as unknown as any. */
	private Account agentAccount(AuthenticatedUser manager, AccountId agentId) {
		return accounts.findInOrganisation(agentId.value(), managedOrganisation(manager))
			.orElseThrow(() -> new UnknownAccountException(agentId));
	}

	/**
	 * The manager's organisation; refuses anyone who does not administer a guardian
	 * organisation.
	 */
	private static UUID managedOrganisation(AuthenticatedUser manager) {
		if (manager.role() != Role.GUARDIAN_AGENT || !manager.organisationAdministrator()
				|| manager.organisationId() == null) {
			throw new AccessDeniedException("Not a guardian organisation administrator");
		}
		return manager.organisationId().value();
	}

	// ---------------------------------------------------------------- shared

	private List<AccountSummary> summaries(List<Account> found) {
		Instant now = clock.instant();
		return found.stream().map(a -> a.summary(now)).toList();
	}

	/**
	 * Invites the platform's first administrator, when it has none yet: how a new
	 * installation gets the account that creates all the others
	 * ({@link FirstAdministrator}).
	 * @return the account invited, or empty when an administrator already exists
	 * @throws LoginAlreadyUsedException when the e-mail is already a login (another node
	 * invited it at the same moment)
	 */
	@Transactional
	Optional<AccountId> inviteFirstAdministrator(String email, String displayName) {
		if (!accounts.findByRoles(List.of(Role.ADMIN)).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(invite(email, displayName, Role.ADMIN, null, false, null).accountId());
	}

	/**
	 * @param actor who invites; {@code null} for the system (the first administrator)
	 */
	private Account invite(String email, String displayName, Role role, @Nullable OrganisationId organisation,
			boolean organisationAdministrator, @Nullable AccountId actor) {
		String login = Account.normaliseLogin(email);
		if (accounts.existsByLogin(login)) {
			throw new LoginAlreadyUsedException();
		}
		Instant now = clock.instant();
		Account account = Account.invited(login, displayName, role, organisation, organisationAdministrator, now);
		saveNew(account);
		AccountToken.Issued issued = AccountToken.issue(account.id(), AccountToken.Purpose.INVITATION, now,
				properties.links().invitationValidity());
		tokens.save(issued.token());
		journal.accountCreated(account.accountId(), actor);
		mails.invitation(account, issued.value());
		return account;
	}

	private void saveNew(Account account) {
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException e) {
			// Two invitations for the same address at the same moment: the unique login
			// decides.
			throw new LoginAlreadyUsedException();
		}
	}

	/** Disables the account and ends its sessions: refused from its next request on. */
	private void end(Account account) {
		account.disable(clock.instant());
		sessions.endAll(account.accountId(), SessionEndReason.ACCOUNT_DISABLED);
	}

}
