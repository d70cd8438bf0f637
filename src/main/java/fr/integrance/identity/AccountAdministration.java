package fr.integrance.identity;

import java.util.List;
import java.util.Optional;

/**
 * What an administrator does with accounts and organisations: staff and DPO accounts,
 * organisations with their first representative or agent, invitations, disabling. Every
 * account created here receives an invitation e-mail to choose its password.
 */
public interface AccountAdministration {

	/**
	 * @throws IllegalArgumentException when the role is neither {@link Role#STAFF} nor
	 * {@link Role#DPO}
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 */
	AccountId createStaffAccount(NewStaffAccount account, AccountId actor);

	/** Staff, DPO and administrator accounts, by name. */
	List<AccountSummary> staffAccounts();

	/** Any account, by id. */
	Optional<AccountSummary> find(AccountId id);

	/**
	 * Disables an account and ends its sessions at once.
	 * @return false when no such account exists
	 * @throws IllegalStateException when an administrator tries to disable their own
	 * account
	 */
	boolean disable(AccountId target, AccountId actor);

	/**
	 * @throws IllegalArgumentException when the SIREN or SIRET is invalid or missing for
	 * an employer
	 * @throws LoginAlreadyUsedException when the first person's e-mail is already a login
	 */
	OrganisationId createOrganisation(NewOrganisation organisation, AccountId actor);

	List<OrganisationSummary> organisations();

	Optional<OrganisationSummary> findOrganisation(OrganisationId id);

	/** The representatives or agents of an organisation. */
	List<AccountSummary> organisationAccounts(OrganisationId id);

	/**
	 * Invites one more representative or agent to an organisation.
	 * @return empty when no such organisation exists
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 */
	Optional<AccountId> inviteToOrganisation(OrganisationId id, Invitation invitation, AccountId actor);

}
