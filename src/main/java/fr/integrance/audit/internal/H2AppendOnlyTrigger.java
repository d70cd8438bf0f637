package fr.integrance.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

import org.jspecify.annotations.Nullable;

/**
 * H2's counterpart of the PostgreSQL append-only triggers (migration V21): installed by
 * {@code db/vendor/h2/V161}, it refuses every UPDATE and DELETE on {@code audit_entry}
 * but the DELETE of an entry a recorded segment covers (the journal's retention, V307 and
 * V308), on {@code audit_chain_head} a DELETE or an UPDATE that does not move the head
 * forward, and on {@code audit_journal_segment} anything but the insertion of a segment
 * that moves forward onto an existing entry before the head. H2 calls it by its class
 * name, hence public.
 * <p>
 * It stops the application and anyone going through it, not an intruder with the database
 * file, who can drop it: that is what the keyed links and the signed checkpoints are for.
 */
public final class H2AppendOnlyTrigger implements Trigger {

	private String table = "";

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
		if ("audit_journal_segment".equalsIgnoreCase(table)) {
			if (oldRow == null && newRow != null && segmentMovesForward(conn, newRow)) {
				return;
			}
			throw new SQLException("a journal segment moves forward onto an existing entry before the head", "42501");
		}
		if (oldRow == null) {
			return;
		}
		if ("audit_chain_head".equalsIgnoreCase(table) && newRow != null
				&& ((Number) newRow[0]).intValue() == ((Number) oldRow[0]).intValue()
				&& ((Number) newRow[1]).longValue() > ((Number) oldRow[1]).longValue()) {
			return;
		}
		if ("audit_entry".equalsIgnoreCase(table) && newRow == null
				&& ((Number) oldRow[0]).longValue() <= lastPurged(conn)) {
			return;
		}
		throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"42501");
	}

	private static long lastPurged(Connection conn) throws SQLException {
		try (PreparedStatement query = conn
			.prepareStatement("SELECT COALESCE(MAX(last_purged_sequence), 0) FROM audit_journal_segment");
				ResultSet row = query.executeQuery()) {
			return row.next() ? row.getLong(1) : 0;
		}
	}

	private static boolean segmentMovesForward(Connection conn, Object[] segment) throws SQLException {
		long sequence = ((Number) segment[0]).longValue();
		if (sequence <= lastPurged(conn)) {
			return false;
		}
		try (PreparedStatement query = conn.prepareStatement("SELECT COUNT(*) FROM audit_entry e, audit_chain_head h"
				+ " WHERE h.id = 1 AND e.sequence = ? AND e.entry_hash = ? AND e.sequence < h.last_sequence")) {
			query.setLong(1, sequence);
			query.setString(2, String.valueOf(segment[1]));
			try (ResultSet row = query.executeQuery()) {
				return row.next() && row.getLong(1) == 1;
			}
		}
	}

}
