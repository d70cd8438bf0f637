package fr.integrance.memberspace;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.SpaceRecipients;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.identity.Role;
import fr.integrance.platform.EmailAddress;

/**
 * The member receives the alerts and reminders of their own document space, at the
 * address they sign in with, while their member account is active.
 */
@Component
@RequiredArgsConstructor
class MemberSpaceRecipients implements SpaceRecipients {

	private final MemberAccounts members;

	private final AccountManagement accounts;

	@Override
	public List<EmailAddress> recipientsOf(SpaceOwner owner) {
		if (owner.kind() != SpaceOwner.Kind.PERSON) {
			return List.of();
		}
		return members.accountOf(owner.id())
			.map(accounts::get)
			.filter(MemberSpaceRecipients::reachable)
			.map(account -> List.of(EmailAddress.of(account.login())))
			.orElse(List.of());
	}

	private static boolean reachable(AccountSummary account) {
		return account.role() == Role.MEMBER && account.status() == AccountStatus.ACTIVE;
	}

}
