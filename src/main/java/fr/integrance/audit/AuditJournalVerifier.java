package fr.integrance.audit;

/**
 * Checks the whole journal and reports the first broken entry: an edited, moved, inserted
 * or deleted entry, a rewritten chain, a cut tail.
 * <p>
 * On PostgreSQL the application cannot change or delete entries (triggers of migration
 * V21, see {@code db/vendor/postgresql/V21__audit_journal_append_only.sql}). Tests that
 * tamper with the journal on purpose must therefore bypass the triggers on their own
 * connection: as a superuser with {@code SET session_replication_role = replica} (then
 * {@code RESET}), or with {@code ALTER TABLE audit_entry DISABLE TRIGGER USER} (then
 * {@code ENABLE}). On H2 there is no such guard and plain UPDATE and DELETE statements
 * work.
 */
public interface AuditJournalVerifier {

	/** Verifies every entry, in order, and the chain head. */
	VerificationReport verify();

}
