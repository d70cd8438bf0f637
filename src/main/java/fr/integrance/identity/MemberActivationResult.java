package fr.integrance.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;

/** What {@link MemberAccounts#completeActivation} did. */
public sealed interface MemberActivationResult {

	/**
	 * The account exists and is active.
	 *
	 * @param email the login, also the contact address the member gave
	 * @param phone the phone number the member gave, or null
	 */
	record Activated(AccountId account, UUID personId, EmailAddress email,
			@Nullable PhoneNumber phone) implements MemberActivationResult {

		@Override
		public String toString() {
			return "Activated[account=" + account + "]";
		}
	}

	/** The password breaks the {@link PasswordPolicy}; the link still works. */
	record PasswordRejected(List<PasswordProblem> problems) implements MemberActivationResult {

		public PasswordRejected {
			problems = List.copyOf(problems);
		}
	}

	/**
	 * The link is unknown, expired or already used, or the account can no longer be
	 * created.
	 */
	record InvalidLink() implements MemberActivationResult {
	}

}
