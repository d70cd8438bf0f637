package fr.integrance.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Re-authentication before a sensitive change (RULES §4: a new bank account, a new e-mail
 * address): the signed-in person proves again that they hold the account, with their
 * password, or with a code of their authenticator app when the account has a second
 * factor, unless the session signed in (or proved it) less than
 * {@code app.identity.reauthentication-window} ago (10 minutes by default). A wrong
 * secret counts as a failed login (the same delays and lock) and is journaled; a right
 * one is journaled ({@code account.reauthenticated}) and marks the session.
 */
public interface Reauthentication {

	/** What the account is asked for. */
	enum Proof {

		PASSWORD, TOTP

	}

	/** What a confirmation led to. */
	enum Outcome {

		CONFIRMED, REJECTED, LOCKED_OUT

	}

	/** Whether this session proved its account recently enough for a sensitive change. */
	boolean recent(HttpServletRequest request);

	/** The password, or a TOTP code when the account has a second factor. */
	Proof proof(AuthenticatedUser user);

	/**
	 * Checks the secret ({@link #proof}); when right, the session counts as recent from
	 * now.
	 */
	Outcome confirm(AuthenticatedUser user, String secret, HttpServletRequest request);

}
