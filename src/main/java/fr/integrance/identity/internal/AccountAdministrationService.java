package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountAdministration;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.GuardianAgents;
import fr.integrance.identity.Invitation;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.identity.NewOrganisation;
import fr.integrance.identity.NewStaffAccount;
import fr.integrance.identity.OrganisationId;
import fr.integrance.identity.OrganisationKind;
import fr.integrance.identity.OrganisationSummary;
import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.Role;
import fr.integrance.identity.Siren;
import fr.integrance.identity.Siret;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;

/**
 * Creating and ending accounts: staff and DPO accounts and organisations (administrator),
 * a guardian organisation's agents (its administrator, scoped to its organisation).
 * Member accounts are {@link MemberAccountService}'s. New staff, representatives and
 * agents are invited by e-mail to choose a password.
 */
@Service
class AccountAdministrationService implements AccountAdministration, GuardianAgents {

	private static final EnumSet<Role> STAFF_ROLES = EnumSet.of(Role.STAFF, Role.DPO, Role.ADMIN);

	private final Accounts accounts;

	private final Organisations organisations;

	private final AccountTokens tokens;

	private final PasswordHasher hasher;

	private final PasswordPolicy policy;

	private final AccountSessions sessions;

	private final SecurityJournal journal;

	private final IdentityMails mails;

	private final IdentityProperties properties;

	private final Clock clock;

	AccountAdministrationService(Accounts accounts, Organisations organisations, AccountTokens tokens,
			PasswordHasher hasher, PasswordPolicy policy, AccountSessions sessions, SecurityJournal journal,
			IdentityMails mails, IdentityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.tokens = tokens;
		this.hasher = hasher;
		this.policy = policy;
		this.sessions = sessions;
		this.journal = journal;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- administrator

	@Override
	@Transactional
	public AccountId createStaffAccount(NewStaffAccount account, AccountId actor) {
		if (account.role() != Role.STAFF && account.role() != Role.DPO) {
			throw new IllegalArgumentException("Only staff and DPO accounts are created here");
		}
		return invite(account.email(), account.displayName(), account.role(), null, false, actor).id();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> staffAccounts() {
		Instant now = clock.instant();
		return accounts.findByRoles(STAFF_ROLES).stream().map(a -> a.summary(now)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(AccountId id) {
		return accounts.findById(id.value()).map(a -> a.summary(clock.instant()));
	}

	@Override
	@Transactional
	public boolean disable(AccountId target, AccountId actor) {
		if (target.equals(actor)) {
			throw new IllegalStateException("An administrator cannot disable their own account");
		}
		Optional<Account> found = accounts.findByIdForUpdate(target.value());
		if (found.isEmpty()) {
			return false;
		}
		end(found.get());
		journal.accountDisabled(target, actor);
		return true;
	}

	@Override
	@Transactional
	public OrganisationId createOrganisation(NewOrganisation command, AccountId actor) {
		Siren siren = blankToNull(command.siren()) == null ? null : Siren.of(command.siren());
		Siret siret = blankToNull(command.siret()) == null ? null : Siret.of(command.siret());
		Organisation organisation = organisations
			.save(Organisation.create(command.kind(), command.name(), siren, siret, clock.instant()));
		journal.organisationCreated(organisation.id(), actor);
		Invitation first = command.first();
		// The first agent of a guardian service administers its agents: someone has to.
		invite(first.email(), first.displayName(), command.kind().memberRole(), organisation.id(),
				command.kind() == OrganisationKind.GUARDIAN_SERVICE, actor);
		return organisation.id();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisations() {
		return organisations.findAllByName().stream().map(Organisation::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> findOrganisation(OrganisationId id) {
		return organisations.findById(id.value()).map(Organisation::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> organisationAccounts(OrganisationId id) {
		Instant now = clock.instant();
		return accounts.findByOrganisation(id.value()).stream().map(a -> a.summary(now)).toList();
	}

	@Override
	@Transactional
	public Optional<AccountId> inviteToOrganisation(OrganisationId id, Invitation invitation, AccountId actor) {
		return organisations.findById(id.value())
			.map(organisation -> invite(invitation.email(), invitation.displayName(), organisation.kind().memberRole(),
					organisation.id(), invitation.organisationAdministrator(), actor)
				.id());
	}

	// ---------------------------------------------------------------- guardian
	// organisation administrator

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> agents(AuthenticatedUser manager) {
		Instant now = clock.instant();
		return accounts.findByOrganisation(managedOrganisation(manager)).stream().map(a -> a.summary(now)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> agent(AuthenticatedUser manager, AccountId agentId) {
		return accounts.findInOrganisation(agentId.value(), managedOrganisation(manager))
			.map(a -> a.summary(clock.instant()));
	}

	@Override
	@Transactional
	public AccountId invite(AuthenticatedUser manager, Invitation invitation) {
		UUID organisation = managedOrganisation(manager);
		return invite(invitation.email(), invitation.displayName(), Role.GUARDIAN_AGENT,
				new OrganisationId(organisation), invitation.organisationAdministrator(), manager.accountId())
			.id();
	}

	@Override
	@Transactional
	public boolean remove(AuthenticatedUser manager, AccountId agentId) {
		UUID organisation = managedOrganisation(manager);
		if (agentId.equals(manager.accountId())) {
			throw new IllegalStateException("An administrator cannot remove themselves");
		}
		Optional<Account> found = accounts.findInOrganisation(agentId.value(), organisation);
		if (found.isEmpty()) {
			return false;
		}
		end(found.get());
		journal.agentRemoved(agentId, manager.accountId());
		return true;
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

	private Account invite(String email, String displayName, Role role, OrganisationId organisation,
			boolean organisationAdministrator, AccountId actor) {
		String login = Account.normaliseLogin(email);
		if (accounts.existsByLogin(login)) {
			throw new LoginAlreadyUsedException();
		}
		Instant now = clock.instant();
		Account account = Account.invited(login, displayName, role, organisation, organisationAdministrator, now);
		saveNew(account);
		AccountToken.Issued issued = AccountToken.issue(account.id().value(), AccountToken.Purpose.INVITATION, now,
				properties.links().invitationValidity());
		tokens.save(issued.token());
		journal.accountCreated(account.id(), actor);
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
		sessions.endAll(account.id(), SessionEndReason.ACCOUNT_DISABLED);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
