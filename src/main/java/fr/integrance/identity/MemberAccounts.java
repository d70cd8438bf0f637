package fr.integrance.identity;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;

/**
 * The account side of member activation (issue 6), for the channel that recognises
 * members (name, birth date, member number against an active contract): it then calls
 * {@link #startActivation}, which e-mails a single-use link, and
 * {@link #completeActivation} when the member follows it and chooses a password. Identity
 * does not know contracts or people: the caller has recognised the person and passes only
 * their id.
 */
public interface MemberAccounts {

	/**
	 * Creates the active member account of a person.
	 * @throws PasswordRejectedException when the password breaks the policy
	 * @throws LoginAlreadyUsedException when the e-mail is already a login
	 * @throws IllegalStateException when the person already has a member account
	 */
	AccountId activate(MemberActivation activation);

	/** The member account of a person, if activated. */
	Optional<AccountId> accountOf(UUID personId);

	/**
	 * Step 2 of the activation of a recognised person: e-mails {@code email} a
	 * single-use, time-limited link to choose a password, and ends the person's earlier
	 * unused activation links (only the latest works: a link mailed to an address typed
	 * by someone else earlier is dead). The caller shows the same page for every
	 * {@link ActivationLinkRequest#SENT}, so that a stranger learns nothing: when the
	 * person already has a member account, or the address is already the login of another
	 * account, the mail says so instead of carrying a link. A second request for the same
	 * person within a minute sends nothing and answers
	 * {@link ActivationLinkRequest#TOO_SOON}.
	 * @param phone the phone number they gave, kept with the link until it is used; may
	 * be null
	 */
	ActivationLinkRequest startActivation(UUID personId, EmailAddress email, @Nullable PhoneNumber phone);

	/**
	 * Tells the address the person had on file before their activation that an account
	 * was just created for them with another address: if it was not them, they hear of
	 * it. Neither the new address nor any name is in the mail. In the caller's
	 * transaction (mail outbox).
	 */
	void notifyPreviousAddress(EmailAddress previous);

	/**
	 * The address that will be the login of a usable activation link; empty when the link
	 * is unknown, used or expired.
	 */
	Optional<EmailAddress> activationLogin(String token);

	/**
	 * The person a usable activation link is for; empty when the link is unknown, used or
	 * expired.
	 */
	Optional<UUID> activationPerson(String token);

	/**
	 * Step 3: creates the active member account with the chosen password, ends every
	 * activation link of the person, and e-mails a confirmation. Runs in the caller's
	 * transaction when there is one, so that the consent and contact updates that go with
	 * it commit or roll back together.
	 */
	MemberActivationResult completeActivation(String token, String password);

	/**
	 * Makes {@code email} the login of the person's member account, once the member has
	 * confirmed it through the link sent to it; nothing when the person has no member
	 * account or the login is already that address. Journaled as
	 * {@code account.login-changed}, in the caller's transaction.
	 * @throws LoginAlreadyUsedException when the address is another account's login
	 */
	void changeLogin(UUID personId, EmailAddress email);

}
