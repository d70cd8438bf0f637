package fr.integrance.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Choosing a password: changing it with the current one, resetting it through an e-mailed
 * link (single use, 30 minutes, no account enumeration), or setting it from an
 * invitation. Every change sends an e-mail to the account and ends its other sessions
 * (all of them after a reset).
 */
public interface Credentials {

	/**
	 * Changes the signed-in account's password; once done, the current session goes on
	 * under a new id (whoever had the old one holds nothing) and the others end.
	 */
	PasswordChange changePassword(AuthenticatedUser user, String currentPassword, String newPassword,
			HttpServletRequest request, HttpServletResponse response);

	/**
	 * Sends a reset link when the e-mail is the login of an active account, at most one a
	 * minute; does nothing visible otherwise (the caller shows the same page either way).
	 */
	void requestReset(String email);

	boolean resetLinkValid(String token);

	/**
	 * Sets a new password through a reset link. Works while the account is locked, and
	 * unlocks it: the person proved they hold the mailbox.
	 */
	PasswordChange completeReset(String token, String newPassword);

	/**
	 * Whether the unlock link of an alert mail (many failed logins on the account) is
	 * still usable.
	 */
	boolean unlockLinkValid(String token);

	/**
	 * Clears the login throttles of the link's account, from every source, and spends the
	 * link.
	 * @return false when the link is unknown, used or expired
	 */
	boolean unlock(String token);

	/**
	 * The login of a usable invitation, so that the page can check the password against
	 * it; empty when the link is unknown, used or expired.
	 */
	Optional<String> invitationLogin(String token);

	/** The invited person chooses their password: the account becomes active. */
	PasswordChange acceptInvitation(String token, String newPassword);

}
