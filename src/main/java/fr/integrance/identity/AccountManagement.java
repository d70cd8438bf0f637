package fr.integrance.identity;

import java.util.List;

import fr.integrance.organisations.NewOrganisation;
import fr.integrance.organisations.OrganisationId;

/**
 * What an administrator does with accounts: staff and DPO accounts, the representatives
 * or agents of organisations (an organisation opened with its first one), invitations,
 * disabling. Every account created here receives an invitation e-mail to choose its
 * password.
 */
public interface AccountManagement {

	/**
	 * @throws IllegalArgumentException when the role is neither {@link Role#STAFF} nor
	 * {@link Role#DPO}
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 */
	AccountId createStaffAccount(NewStaffAccount account, AccountId actor);

	/** Staff, DPO and administrator accounts, by name. */
	List<AccountSummary> staffAccounts();

	/**
	 * The display names of the staff, DPO and administrator accounts, by account id: what
	 * a page naming the handlers of its lines needs, read as two columns (no account
	 * loaded).
	 */
	java.util.Map<java.util.UUID, String> staffDisplayNames();

	/**
	 * Any account.
	 * @throws UnknownAccountException when no account has this id
	 */
	AccountSummary get(AccountId id);

	/**
	 * Disables an account and ends its sessions at once.
	 * @throws UnknownAccountException when no account has this id
	 * @throws IllegalStateException when an administrator tries to disable their own
	 * account
	 */
	void disable(AccountId target, AccountId actor);

	/**
	 * Creates an organisation together with the first person who represents it, invited
	 * by e-mail: an employer's representative, or a guardian service's first agent, who
	 * administers its agents. Neither exists without the other.
	 * @throws fr.integrance.organisations.InvalidOrganisationException when the
	 * organisation is refused
	 * @throws LoginAlreadyUsedException when the first person's e-mail is already a login
	 */
	OrganisationId openOrganisation(NewOrganisation organisation, Invitation first, AccountId actor);

	/** The representatives or agents of an organisation, by name. */
	List<AccountSummary> organisationAccounts(OrganisationId id);

	/**
	 * Invites one more representative or agent to an organisation.
	 * @throws fr.integrance.organisations.UnknownOrganisationException when no
	 * organisation has this id
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 */
	AccountId inviteToOrganisation(OrganisationId id, Invitation invitation, AccountId actor);

}
