package fr.integrance.rights.web;

import java.util.Map;

import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.CurrentUser;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsRequests;

/**
 * The rights page of a signed-in person who is not a member: an employer's representative
 * or a guardian organisation's agent, about their own data (their account, its sign-ins,
 * what they did in the space). The subject is their account; the session with its second
 * factor is the identity check; the answer goes to their login. What they do for others
 * (a protected adult's rights) has its own pages.
 */
public abstract class OwnAccountRightsPages extends SignedInRightsPages {

	private final CurrentUser currentUser;

	private final AccountManagement accounts;

	private final RightsChannel channel;

	private final String path;

	private final String backPath;

	protected OwnAccountRightsPages(RightsRequests rights, ProcessingRegister register, CurrentUser currentUser,
			AccountManagement accounts, RightsChannel channel, String path, String backPath) {
		super(rights, register);
		this.currentUser = currentUser;
		this.accounts = accounts;
		this.channel = channel;
		this.path = path;
		this.backPath = backPath;
	}

	@Override
	protected RightsAccess access(Map<String, String> pathVariables) {
		AuthenticatedUser user = currentUser.get();
		AccountSummary account = accounts.get(user.accountId());
		String name = account.displayName().strip();
		int space = name.lastIndexOf(' ');
		String firstName = space > 0 ? name.substring(0, space).strip() : name;
		String lastName = space > 0 ? name.substring(space + 1).strip() : name;
		return new RightsAccess(DataSubjectRef.account(user.accountId().value()), firstName, lastName, account.login(),
				channel, false, user.accountId().value(), path, null, backPath);
	}

}
