package fr.integrance.audit;

/**
 * The audit journal: records who read or changed whose data, and security events, as an
 * append-only chain of entries that {@link AuditJournalVerifier} can check.
 * <p>
 * Each entry gets the next sequence number and the time of the journal's
 * {@link java.time.Clock}; appends from every application node are serialised by a lock
 * on the chain head, so the chain never forks. Because that lock is held until the
 * recording transaction ends, record as late as possible in a long transaction (after its
 * own changes), which also keeps the lock order the same everywhere.
 * <p>
 * Entries hold ids only: {@link AuditEvent} refuses anything shaped like an e-mail
 * address or text.
 * <p>
 * Savepoints (nested transactions) around {@link #record} are not supported: rolling back
 * to one would undo entries the transaction still counts as the end of the chain.
 */
public interface AuditJournal {

	/**
	 * Records the event in the caller's transaction, or in a new one when there is none:
	 * if the caller's change rolls back, so does the entry. In a read-only transaction
	 * (typically a {@code person.read}), which cannot write, the entry is recorded
	 * independently instead.
	 * @return the entry's sequence number (from 1, without gaps once committed)
	 */
	long record(AuditEvent event);

	/**
	 * Records the events, in this order, as {@link #record} would one after the other,
	 * but with the chain head read once and one batched insert: for a bulk operation (a
	 * file of movements) that journals one entry per change it makes in one transaction.
	 * @return their sequence numbers, in the same order
	 */
	java.util.List<Long> recordAll(java.util.List<AuditEvent> events);

	/**
	 * Records the event in a transaction of its own, committed at once, so that it
	 * survives a rollback of the caller's transaction: for security events (login
	 * failure, access denied).
	 * @return the entry's sequence number
	 * @throws IllegalStateException when the caller's transaction has already recorded an
	 * entry: it holds the chain head until it ends, so a second transaction on this
	 * thread would wait for it forever; record that event with {@link #record} or after
	 * the transaction
	 */
	long recordIndependently(AuditEvent event);

}
