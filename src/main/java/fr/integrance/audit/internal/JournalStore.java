package fr.integrance.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.integrance.audit.AuditEvent;

/**
 * SQL of the journal. JDBC rather than JPA: the append is a row lock and an insert that
 * must hit the database at once (a deferred JPA flush would hide a conflict until commit,
 * and a read-only JPA transaction would silently drop it), and the verifier reads pages
 * of plain rows without filling a persistence context.
 */
@Component
@RequiredArgsConstructor
class JournalStore {

	private static final String COLUMNS = "sequence, recorded_at, actor, action, subject_ref, object_ref, purpose, "
			+ "outcome, previous_hash, entry_hash, hash_version";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	private final EntryLinks links;

	/**
	 * Appends the event after the current head, in the current transaction (which the
	 * caller must have started). The head row stays locked until that transaction ends,
	 * so appends from every node form one chain.
	 */
	@SuppressWarnings("NullAway") // a null ref binds SQL NULL in its nullable column
	long append(AuditEvent event) {
		return appendAll(List.of(event)).get(0);
	}

	/**
	 * Appends the events after the current head, in this order, in the current
	 * transaction (which the caller must have started), with one batched insert: what
	 * {@link JournalGroupCommit} writes for a group of callers.
	 * @return their sequence numbers, in the same order
	 */
	List<Long> appendAll(List<AuditEvent> events) {
		ChainState chain = lockChain();
		// Time is read under the lock, so that it grows with the sequence on one clock;
		// microseconds because both databases store no finer, and the hash must match
		// what is read back.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Object[]> rows = new ArrayList<>(events.size());
		List<Long> sequences = new ArrayList<>(events.size());
		for (AuditEvent event : events) {
			long sequence = chain.lastSequence + 1;
			AuditEntry entry = links.chain(sequence, now, event, chain.lastHash);
			rows.add(new Object[] { entry.sequence(), OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC),
					entry.actor(), entry.action(), entry.subjectRef(), entry.objectRef(), entry.purpose(),
					entry.outcome(), entry.previousHash(), entry.entryHash(), entry.hashVersion() });
			chain.advance(sequence, entry.entryHash());
			sequences.add(sequence);
		}
		String insert = "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		if (rows.size() == 1) {
			batch.update(insert, rows.get(0));
		}
		else {
			batch.batchUpdate(insert, rows);
		}
		if (!chain.deferHeadWrite) {
			writeHead(chain);
		}
		return sequences;
	}

	/**
	 * True when a transaction of this thread, possibly suspended, holds the head lock: a
	 * new transaction started now would wait for it forever (on PostgreSQL) or time out
	 * (on H2).
	 */
	boolean headLockedByThisThread() {
		return TransactionSynchronizationManager.hasResource(this);
	}

	/**
	 * Locks the head once per transaction and keeps the chain's end in a transaction
	 * resource. The head row is then written once, just before commit: PostgreSQL keeps
	 * every version of a row updated within one transaction, so updating it at each of
	 * thousands of appends would make each append slower than the last.
	 * <p>
	 * A transaction resource rather than a thread-local: it ends with the transaction
	 * that took the lock and, unlike the connection, stays visible while that transaction
	 * is suspended by a REQUIRES_NEW one, which is when {@link #headLockedByThisThread()}
	 * needs it.
	 */
	private ChainState lockChain() {
		ChainState chain = (ChainState) TransactionSynchronizationManager.getResource(this);
		if (chain != null) {
			return chain;
		}
		ChainHead head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
		ChainState locked = new ChainState(head);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return locked;
		}
		locked.deferHeadWrite = true;
		TransactionSynchronizationManager.bindResource(this, locked);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				// From here on, an append by a later synchronization of this commit
				// writes through.
				locked.deferHeadWrite = false;
				if (locked.headBehind) {
					writeHead(locked);
				}
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(JournalStore.this);
			}
		});
		return locked;
	}

	private void writeHead(ChainState chain) {
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(chain.lastSequence, chain.lastHash)
			.update();
		chain.headBehind = false;
	}

	/**
	 * The end of the chain as this transaction, holding the head lock, has extended it.
	 */
	private static final class ChainState {

		long lastSequence;

		String lastHash;

		boolean deferHeadWrite;

		boolean headBehind;

		ChainState(ChainHead head) {
			this.lastSequence = head.lastSequence();
			this.lastHash = head.lastHash();
		}

		void advance(long sequence, String hash) {
			this.lastSequence = sequence;
			this.lastHash = hash;
			this.headBehind = true;
		}

	}

	/** The head as committed, without locking it. */
	ChainHead head() {
		return jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/**
	 * Up to {@code size} entries with {@code after < sequence <= upTo}, in sequence
	 * order.
	 */
	List<AuditEntry> page(long after, long upTo, int size) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence > ? AND sequence <= ? "
					+ "ORDER BY sequence LIMIT ?")
			.params(after, upTo, size)
			.query(JournalStore::entry)
			.list();
	}

	/**
	 * The head's last sequence and the highest stored sequence, read by one statement so
	 * that both come from the same committed state even while other nodes append.
	 */
	Tail tail() {
		return jdbc
			.sql("SELECT h.last_sequence, (SELECT COALESCE(MAX(e.sequence), 0) FROM audit_entry e) "
					+ "FROM audit_chain_head h WHERE h.id = 1")
			.query((rs, row) -> new Tail(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * The end of the chain as the head states it, and the highest sequence actually
	 * stored.
	 */
	record Tail(long headSequence, long highestSequence) {
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("sequence"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_ref"), rs.getString("object_ref"),
				rs.getString("purpose"), rs.getString("outcome"), rs.getString("previous_hash"),
				rs.getString("entry_hash"), rs.getInt("hash_version"));
	}

}
