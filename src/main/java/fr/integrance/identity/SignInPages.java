package fr.integrance.identity;

/**
 * Where the sign-in channel serves its pages, for what identity sends people to: the
 * visitor asked to sign in, the steps of a login, and the links in e-mails (identity
 * prefixes them with the platform's public address). Implemented by the channel, as a
 * bean.
 */
public interface SignInPages {

	/** The sign-in form. */
	String signIn();

	/**
	 * The sign-in form, saying that the credentials were refused (whatever the reason).
	 */
	String signInFailed();

	/** The sign-in form, saying that the session has just expired. */
	String sessionExpired();

	/** The second step of a login: the TOTP or recovery code. */
	String secondFactor();

	/**
	 * The enrolment of a second factor, where a login that must have one and has none
	 * goes.
	 */
	String secondFactorEnrolment();

	/** Asking for a password reset link. */
	String passwordReset();

	/** Choosing a new password through a reset link. */
	String passwordReset(String token);

	/** An invited person choosing their password. */
	String invitation(String token);

}
