package fr.integrance.identity;

import java.util.List;
import java.util.Optional;

/**
 * A guardian organisation's administrator manages its agents. Every method is scoped to
 * the manager's own organisation: an agent of another organisation is as unknown as a
 * random id.
 */
public interface GuardianAgents {

	List<AccountSummary> agents(AuthenticatedUser manager);

	Optional<AccountSummary> agent(AuthenticatedUser manager, AccountId agentId);

	/**
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 */
	AccountId invite(AuthenticatedUser manager, Invitation invitation);

	/**
	 * Removes an agent from the organisation: the account is disabled and its sessions
	 * end, so that it is refused from its next request on.
	 * @return false when the agent is not one of the manager's organisation
	 * @throws IllegalStateException when the manager tries to remove themselves
	 */
	boolean remove(AuthenticatedUser manager, AccountId agentId);

}
