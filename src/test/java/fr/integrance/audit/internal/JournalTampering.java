package fr.integrance.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * Changes the journal behind the application's back, as an intruder with database access
 * would, to prove that the verifier notices. On PostgreSQL the append-only triggers
 * refuse such changes to every role, so this works on a connection of its own where they
 * are switched off with {@code session_replication_role = replica} (the test user is a
 * superuser); on H2 there is no guard to switch off.
 */
final class JournalTampering {

	private final DataSource dataSource;

	JournalTampering(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Empties the journal and rewinds its head to genesis: each test starts from a known
	 * chain.
	 */
	void reset() {
		execute("DELETE FROM audit_entry");
		execute("UPDATE audit_chain_head SET last_sequence = 0, last_hash = ? WHERE id = 1", EntryHasher.GENESIS_HASH);
	}

	/** Runs one statement with the append-only guards off. */
	void execute(String sql, Object... params) {
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = isPostgres(connection);
			if (postgres) {
				run(connection, "SET session_replication_role = replica");
			}
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < params.length; i++) {
					statement.setObject(i + 1, params[i]);
				}
				statement.executeUpdate();
			}
			finally {
				if (postgres) {
					run(connection, "RESET session_replication_role");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("tampering statement failed: " + sql, ex);
		}
	}

	/** Swaps two entries' places in the chain (their contents trade sequence numbers). */
	void swap(long first, long second) {
		execute("UPDATE audit_entry SET sequence = -1 WHERE sequence = ?", first);
		execute("UPDATE audit_entry SET sequence = ? WHERE sequence = ?", first, second);
		execute("UPDATE audit_entry SET sequence = ? WHERE sequence = -1", second);
	}

	/** Moves every entry from {@code from} on one place up, leaving {@code from} free. */
	void makeRoomAt(long from) {
		// Through negative numbers: a primary key may be checked row by row while
		// shifting.
		execute("UPDATE audit_entry SET sequence = -(sequence + 1) WHERE sequence >= ?", from);
		execute("UPDATE audit_entry SET sequence = -sequence WHERE sequence < 0");
	}

	/** Writes a row as a forger would, with whatever hashes given. */
	void insert(AuditEntry entry) {
		execute("INSERT INTO audit_entry (sequence, recorded_at, actor, action, subject_ref, object_ref, purpose, "
				+ "outcome, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry.sequence(),
				OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.actor(), entry.action(),
				entry.subjectRef(), entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash(),
				entry.entryHash());
	}

	static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return isPostgres(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isPostgres(Connection connection) throws SQLException {
		return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
	}

	private static void run(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
