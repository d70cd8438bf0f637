package fr.integrance.audit;

/** How an audited action ended. */
public enum AuditOutcome {

	SUCCESS,
	/** Attempted and failed (wrong password, invalid input). */
	FAILURE,
	/** Refused by a rule (authorization, lockout). */
	DENIED

}
