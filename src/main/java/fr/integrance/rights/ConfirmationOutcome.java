package fr.integrance.rights;

/** What following a confirmation link did. */
public enum ConfirmationOutcome {

	/** The request is confirmed and in progress. */
	CONFIRMED,
	/** No such link. */
	UNKNOWN,
	/** The link is too old. */
	EXPIRED,
	/** The link was already followed. */
	ALREADY_USED

}
