package fr.integrance.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * The account side of member activation, for the module that recognises members (member number
 * and birth date): it calls {@link #activate} once the person is identified.
 */
public interface MemberAccounts {

	/**
	 * Creates the active member account of a person.
	 *
	 * @throws PasswordRejectedException when the password breaks the policy
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 * @throws IllegalStateException when the person already has a member account
	 */
	AccountId activate(MemberActivation activation);

	/** The member account of a person, if activated. */
	Optional<AccountId> accountOf(UUID personId);
}
