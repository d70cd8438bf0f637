package fr.integrance.identity.internal;

/**
 * Attributes the identity module keeps in the HTTP session (times from the injected
 * clock).
 */
final class SessionAttributes {

	/** When the password was accepted: the start of the 12-hour absolute lifetime. */
	public static final String AUTHENTICATED_AT = "identity.authenticatedAt";

	/**
	 * When the person last proved again, signed in, that they hold the account (before a
	 * sensitive change): see {@link fr.integrance.identity.Reauthentication}.
	 */
	public static final String REAUTHENTICATED_AT = "identity.reauthenticatedAt";

	/** The last request of the session: the start of the 30-minute idle lifetime. */
	public static final String LAST_SEEN = "identity.lastSeen";

	/** A TOTP secret proposed at enrolment and not yet confirmed by a code. */
	public static final String PROPOSED_TOTP_SECRET = "identity.proposedTotpSecret";

	/**
	 * Request attribute: the session was just ended by the policy (expired, account
	 * disabled).
	 */
	public static final String SESSION_ENDED = "identity.sessionEnded";

	private SessionAttributes() {
	}

}
