package fr.integrance.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One's own sessions: listing them and ending the others. The current session is the
 * request's.
 */
public interface Sessions {

	/** The account's sessions, the current one first, then the most recently active. */
	List<SessionView> list(AuthenticatedUser user, HttpServletRequest request);

	/** Ends every session of the account but the current one; returns how many ended. */
	int endOthers(AuthenticatedUser user, HttpServletRequest request);

	/**
	 * Ends one of the account's other sessions.
	 * @throws UnknownSessionException when no other session of this account has that
	 * reference
	 */
	void end(AuthenticatedUser user, SessionReference reference, HttpServletRequest request);

}
