package fr.integrance.identity;

/**
 * Where the sign-in channel serves its pages, for what identity sends people to: the
 * visitor asked to sign in, the steps of a login, and the links in e-mails (identity
 * prefixes them with the platform's public address). Declared by the channel, as a bean;
 * the pages that only add a query or a token to one of these paths follow from them.
 *
 * @param signIn the sign-in form
 * @param secondFactor the second step of a login: the TOTP or recovery code
 * @param secondFactorEnrolment the enrolment of a second factor, where a login that must
 * have one and has none goes
 * @param passwordReset asking for a password reset link
 * @param invitations where an invited person chooses their password, under the token
 */
public record SignInPages(String signIn, String secondFactor, String secondFactorEnrolment, String passwordReset,
		String invitations) {

	/**
	 * The sign-in form, saying that the credentials were refused (whatever the reason).
	 */
	public String signInFailed() {
		return signIn + "?erreur";
	}

	/** The sign-in form, saying that the session has just expired. */
	public String sessionExpired() {
		return signIn + "?expiree";
	}

	/** Choosing a new password through a reset link. */
	public String passwordReset(String token) {
		return passwordReset + "/" + token;
	}

	/**
	 * Clearing the login throttles of an account through the link of an alert mail.
	 */
	public String unlock(String token) {
		return signIn + "/deverrouillage/" + token;
	}

	/** An invited person choosing their password. */
	public String invitation(String token) {
		return invitations + "/" + token;
	}

}
