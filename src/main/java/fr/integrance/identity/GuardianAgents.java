package fr.integrance.identity;

import java.util.List;

/**
 * A guardian organisation's administrator manages its agents. Every method is scoped to
 * the manager's own organisation: an agent of another organisation is as unknown as a
 * random id. Anyone else is refused (access denied).
 */
public interface GuardianAgents {

	List<AccountSummary> agents(AuthenticatedUser manager);

	/**
	 * @throws UnknownAccountException when the agent is not one of the manager's
	 * organisation
	 */
	AccountSummary agent(AuthenticatedUser manager, AccountId agentId);

	/**
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 */
	AccountId invite(AuthenticatedUser manager, Invitation invitation);

	/**
	 * Removes an agent from the organisation: the account is disabled and its sessions
	 * end, so that it is refused from its next request on.
	 * @throws UnknownAccountException when the agent is not one of the manager's
	 * organisation
	 * @throws IllegalStateException when the manager tries to remove themselves
	 */
	void remove(AuthenticatedUser manager, AccountId agentId);

}
