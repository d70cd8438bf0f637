package fr.integrance.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * SQL of the journal. JDBC rather than JPA: the append is a lock, an insert and an update that
 * must hit the database at once (a deferred JPA flush would hide a conflict until commit), and the
 * verifier reads pages of plain rows without filling a persistence context.
 */
@Component
class JournalStore {

	private static final String COLUMNS = "sequence, recorded_at, actor, action, subject_ref, object_ref, purpose, "
			+ "outcome, previous_hash, entry_hash";

	private final JdbcClient jdbc;

	private final Clock clock;

	JournalStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends the event after the current head, in the current transaction (which the caller must
	 * have started). The head row stays locked until that transaction ends, so appends from every
	 * node form one chain.
	 */
	long append(AuditEvent event) {
		markHeadLockedByThisTransaction();
		ChainHead head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
		long sequence = head.lastSequence() + 1;
		// Time is read under the lock, so that it grows with the sequence on one clock; microseconds
		// because both databases store no finer, and the hash must match what is read back.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = AuditEntry.chained(sequence, now, event, head.lastHash());
		jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.sequence(), OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.actor(),
					entry.action(), entry.subjectRef(), entry.objectRef(), entry.purpose(), entry.outcome(),
					entry.previousHash(), entry.entryHash())
			.update();
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(sequence, entry.entryHash())
			.update();
		return sequence;
	}

	/**
	 * True when a transaction of this thread, possibly suspended, holds the head lock: a new
	 * transaction started now would wait for it forever (on PostgreSQL) or time out (on H2).
	 */
	boolean headLockedByThisThread() {
		return TransactionSynchronizationManager.hasResource(this);
	}

	/*
	 * The marker is a transaction resource rather than a thread-local: it ends with the transaction
	 * that took the lock, and, unlike the connection, it stays visible while that transaction is
	 * suspended by a REQUIRES_NEW one, which is exactly when it is needed.
	 */
	private void markHeadLockedByThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(JournalStore.this);
			}
		});
	}

	/** The head as committed, without locking it. */
	ChainHead head() {
		return jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** Up to {@code size} entries with {@code after < sequence <= upTo}, in sequence order. */
	List<AuditEntry> page(long after, long upTo, int size) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence > ? AND sequence <= ? "
				+ "ORDER BY sequence LIMIT ?")
			.params(after, upTo, size)
			.query(JournalStore::entry)
			.list();
	}

	/**
	 * The head's last sequence and the highest stored sequence, read by one statement so that both
	 * come from the same committed state even while other nodes append.
	 */
	Tail tail() {
		return jdbc.sql("SELECT h.last_sequence, (SELECT COALESCE(MAX(e.sequence), 0) FROM audit_entry e) "
				+ "FROM audit_chain_head h WHERE h.id = 1")
			.query((rs, row) -> new Tail(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** The end of the chain as the head states it, and the highest sequence actually stored. */
	record Tail(long headSequence, long highestSequence) {
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("sequence"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_ref"),
				rs.getString("object_ref"), rs.getString("purpose"), rs.getString("outcome"),
				rs.getString("previous_hash"), rs.getString("entry_hash"));
	}
}
