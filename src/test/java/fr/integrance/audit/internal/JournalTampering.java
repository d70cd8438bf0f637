package fr.integrance.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import fr.integrance.audit.JournalGuardBypass;

/**
 * Changes the journal behind the application's back, as an intruder with database access
 * would, to prove that the verifier notices. The append-only triggers refuse such changes
 * to every role, so this works on a connection of its own where they are switched off: on
 * PostgreSQL with {@code session_replication_role = replica} (the test user is a
 * superuser), on H2 by dropping the triggers and creating them again afterwards (what an
 * intruder with the database file does).
 */
final class JournalTampering {

	private final DataSource dataSource;

	private final Path checkpointFile;

	JournalTampering(DataSource dataSource, Path checkpointFile) {
		this.dataSource = dataSource;
		this.checkpointFile = checkpointFile;
	}

	/**
	 * Empties the journal, rewinds its head to genesis and forgets the checkpoints: each
	 * test starts from a known chain.
	 */
	void reset() {
		try {
			Files.deleteIfExists(checkpointFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		execute("DELETE FROM audit_entry");
		execute("DELETE FROM audit_journal_segment");
		execute("UPDATE audit_chain_head SET last_sequence = 0, last_hash = ? WHERE id = 1", EntryHasher.GENESIS_HASH);
	}

	/** Runs one statement with the append-only guards off. */
	void execute(String sql, Object... params) {
		JournalGuardBypass.execute(dataSource, sql, params);
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
				+ "outcome, previous_hash, entry_hash, hash_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entry.sequence(), OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.actor(),
				entry.action(), entry.subjectRef(), entry.objectRef(), entry.purpose(), entry.outcome(),
				entry.previousHash(), entry.entryHash(), entry.hashVersion());
	}

	/** Replaces the stored entry at its sequence by this one, as a forger would. */
	void replace(AuditEntry entry) {
		execute("UPDATE audit_entry SET recorded_at = ?, actor = ?, action = ?, subject_ref = ?, object_ref = ?, "
				+ "purpose = ?, outcome = ?, previous_hash = ?, entry_hash = ?, hash_version = ? WHERE sequence = ?",
				OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.actor(), entry.action(),
				entry.subjectRef(), entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash(),
				entry.entryHash(), entry.hashVersion(), entry.sequence());
	}

	/** Points the chain head at this entry. */
	void moveHead(AuditEntry entry) {
		execute("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1", entry.sequence(),
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
		return JournalGuardBypass.isPostgres(connection);
	}

}
