package fr.integrance.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

import org.jspecify.annotations.Nullable;

/**
 * H2's counterpart of the PostgreSQL append-only triggers (migration V21): installed by
 * {@code db/vendor/h2/V161}, it refuses every UPDATE and DELETE on {@code audit_entry},
 * and on {@code audit_chain_head} a DELETE or an UPDATE that does not move the head
 * forward. H2 calls it by its class name, hence public.
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
		if (oldRow == null) {
			return;
		}
		if ("audit_chain_head".equalsIgnoreCase(table) && newRow != null
				&& ((Number) newRow[0]).intValue() == ((Number) oldRow[0]).intValue()
				&& ((Number) newRow[1]).longValue() > ((Number) oldRow[1]).longValue()) {
			return;
		}
		throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"42501");
	}

}
