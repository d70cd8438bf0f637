package fr.integrance.audit;

/**
 * Checks the whole journal and reports the first broken entry: an edited, moved, inserted
 * or deleted entry, a rewritten chain, a cut tail.
 */
public interface AuditJournalVerifier {

	/** Verifies every entry, in order, and the chain head. */
	VerificationReport verify();

}
