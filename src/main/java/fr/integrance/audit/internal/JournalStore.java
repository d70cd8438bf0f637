package fr.integrance.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

import org.jspecify.annotations.Nullable;

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

	private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ") VALUES ";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	private final EntryLinks links;

	private volatile @Nullable Boolean multiStatement;

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
	 * transaction (which the caller must have started), the head locked first, with one
	 * batched insert: a writing transaction's entries, and a group of the
	 * {@link JournalGroupCommit} whose head is not known
	 * ({@link #appendAllReturningHead}).
	 * @return their sequence numbers, in the same order
	 */
	List<Long> appendAll(List<AuditEvent> events) {
		return sequences(insert(lockChain(), events));
	}

	/**
	 * {@link #appendAll}, for a writer that keeps the head it leaves.
	 * @return the new head
	 */
	ChainHead appendAllReturningHead(List<AuditEvent> events) {
		ChainState chain = lockChain();
		insert(chain, events);
		return new ChainHead(chain.lastSequence, chain.lastHash);
	}

	private List<Object[]> insert(ChainState chain, List<AuditEvent> events) {
		List<Object[]> rows = chain(chain, events);
		if (rows.size() == 1) {
			batch.update(INSERT + ROW, rows.get(0));
		}
		else {
			batch.batchUpdate(INSERT + ROW, rows);
		}
		if (!chain.deferHeadWrite) {
			writeHead(chain);
		}
		return rows;
	}

	/**
	 * Appends the events after {@code expected}, the head as the caller last left it: the
	 * head locked only if it is still there, the entries inserted, the head moved onto
	 * the last. What {@link JournalGroupCommit} writes when it knows the head from its
	 * previous group.
	 * <p>
	 * On PostgreSQL ({@link #appendsInOneCommand()}) the three go as one command: the
	 * lock by {@code audit_chain_head_lock_at} (V312), which raises when the head has
	 * moved, the multi-row insert and the head's update. Called without a transaction,
	 * the command is one implicit transaction that commits on its own: one round trip in
	 * all, where a transaction takes a second for its {@code COMMIT}. Within a
	 * transaction it is part of it. On H2, whose driver runs one statement per command,
	 * the three are three statements in the caller's transaction, which the caller must
	 * have started.
	 * <p>
	 * When the head is no longer {@code expected} (another writer appended since, or the
	 * journal was restored to an earlier state), nothing of the group is written (on H2:
	 * once the caller has rolled back) and this throws {@link HeadMovedException}; the
	 * caller then appends with {@link #appendAll}.
	 * @return the new head
	 * @throws HeadMovedException when the head is no longer {@code expected}
	 */
	ChainHead appendAfter(ChainHead expected, List<AuditEvent> events) {
		ChainState chain = new ChainState(expected);
		List<Object[]> rows = chain(chain, events);
		StringBuilder insert = new StringBuilder(INSERT);
		for (int i = 0; i < rows.size(); i++) {
			insert.append(i == 0 ? "" : ", ").append(ROW);
		}
		String head = "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1";
		Boolean locked = batch.execute((Connection connection) -> {
			if (!multiStatement(connection)) {
				boolean found = jdbc
					.sql("SELECT last_sequence FROM audit_chain_head WHERE id = 1 AND last_sequence = ? FOR UPDATE")
					.param(expected.lastSequence())
					.query(Long.class)
					.optional()
					.isPresent();
				if (found) {
					batch.batchUpdate(INSERT + ROW, rows);
					writeHead(chain);
				}
				return found;
			}
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT audit_chain_head_lock_at(?);\n" + insert + ";\n" + head)) {
				int index = 1;
				statement.setLong(index++, expected.lastSequence());
				for (Object[] row : rows) {
					for (Object value : row) {
						statement.setObject(index++, value);
					}
				}
				statement.setLong(index++, chain.lastSequence);
				statement.setString(index, chain.lastHash);
				statement.execute();
				return true;
			}
			catch (SQLException e) {
				if (HEAD_MOVED.equals(e.getSQLState())) {
					return false;
				}
				throw e;
			}
		});
		if (!Boolean.TRUE.equals(locked)) {
			throw new HeadMovedException(expected);
		}
		return new ChainHead(chain.lastSequence, chain.lastHash);
	}

	/** The SQLSTATE {@code audit_chain_head_lock_at} raises when the head has moved. */
	private static final String HEAD_MOVED = "AUD01";

	/**
	 * Whether {@link #appendAfter} sends its statements as one command (PostgreSQL),
	 * which commits on its own when no transaction is open.
	 */
	boolean appendsInOneCommand() {
		return Boolean.TRUE.equals(batch.execute((Connection connection) -> multiStatement(connection)));
	}

	/** The head is no longer where the caller of {@link #appendAfter} last left it. */
	static final class HeadMovedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		HeadMovedException(ChainHead expected) {
			super("the audit chain head moved from " + expected.lastSequence());
		}

	}

	/**
	 * The events' entries after the chain's end, which moves onto the last: their rows.
	 */
	private List<Object[]> chain(ChainState chain, List<AuditEvent> events) {
		// Time is read under the lock (or, for appendAfter, with the head this writer
		// left), so that it grows with the sequence on one clock; microseconds because
		// both databases store no finer, and the hash must match what is read back.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Object[]> rows = new ArrayList<>(events.size());
		for (AuditEvent event : events) {
			long sequence = chain.lastSequence + 1;
			AuditEntry entry = links.chain(sequence, now, event, chain.lastHash);
			rows.add(new Object[] { entry.sequence(), OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC),
					entry.actor(), entry.action(), entry.subjectRef(), entry.objectRef(), entry.purpose(),
					entry.outcome(), entry.previousHash(), entry.entryHash(), entry.hashVersion() });
			chain.advance(sequence, entry.entryHash());
		}
		return rows;
	}

	private static List<Long> sequences(List<Object[]> rows) {
		return rows.stream().map(row -> (Long) row[0]).toList();
	}

	/**
	 * Whether the database runs several statements sent as one command (PostgreSQL's
	 * driver does; H2's does not).
	 */
	private boolean multiStatement(Connection connection) throws SQLException {
		Boolean known = multiStatement;
		if (known == null) {
			known = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
			multiStatement = known;
		}
		return known;
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
