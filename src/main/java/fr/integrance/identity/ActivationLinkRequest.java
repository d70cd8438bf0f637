package fr.integrance.identity;

/**
 * What became of a request for an activation link
 * ({@link MemberAccounts#startActivation}).
 */
public enum ActivationLinkRequest {

	/**
	 * A mail went to the address given: the link, or, when the person already has an
	 * account or the address is another account's login, a mail saying so. The page says
	 * the same for all.
	 */
	SENT,

	/**
	 * Nothing was sent: a link was issued for the same person less than a minute ago (no
	 * mail-bombing through the form). The page says so and asks to wait a minute.
	 */
	TOO_SOON

}
