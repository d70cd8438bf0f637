package fr.integrance.notification;

/** Where an e-mail of the outbox stands. */
public enum MailStatus {

	/**
	 * Waiting to be sent: first attempt, or a retry after a failure once its back-off has
	 * passed.
	 */
	PENDING,

	/**
	 * Claimed by a dispatcher that is sending it; reclaimed by another if its lease runs
	 * out.
	 */
	SENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/**
	 * Given up after the last attempt, or refused by the server for good (unknown
	 * address).
	 */
	FAILED

}
