package fr.integrance.requests;

/** Which way a message of a case's thread went. */
public enum MessageDirection {

	/** Written by staff, sent to the sender by e-mail. */
	TO_SENDER,
	/** The sender's answer, through an extranet. */
	FROM_SENDER

}
