package fr.integrance.audit;

import java.util.List;

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
	 * {@link #record} for several events, in this order: in the caller's transaction they
	 * are appended with one batched insert (the retention sweep's batch). By default one
	 * {@link #record} each.
	 * @return their sequence numbers, in the same order
	 */
	default List<Long> recordAll(List<AuditEvent> events) {
		return events.stream().map(this::record).toList();
	}

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

	/**
	 * {@link #recordIndependently}, without waiting: the entry is queued for the
	 * journal's next commit and the caller goes on (reads the rest of a page) while it is
	 * written. Before anything that the entry accounts for leaves the application (a page
	 * showing the person read), the caller must {@link PendingEntry#await await} it,
	 * which returns once the entry is committed and throws if it could not be; the
	 * simplest is a try-with-resources block around the work. By default the entry is
	 * recorded at once.
	 * @return the entry, being committed
	 * @throws IllegalStateException as {@link #recordIndependently} does
	 */
	default PendingEntry submitIndependently(AuditEvent event) {
		long sequence = recordIndependently(event);
		return () -> sequence;
	}

	/**
	 * An entry {@link #submitIndependently submitted} to the journal, being committed.
	 * Closing it waits for it.
	 */
	@FunctionalInterface
	interface PendingEntry extends AutoCloseable {

		/**
		 * Waits until the entry is committed.
		 * @return its sequence number
		 * @throws IllegalStateException when it could not be written (nothing that it
		 * accounts for may then be shown)
		 */
		long await();

		@Override
		default void close() {
			await();
		}

	}

}
