package fr.integrance.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * Runs one statement on the journal's tables with their append-only guards off, as an
 * intruder with database access would: on PostgreSQL with
 * {@code session_replication_role = replica} (the test user is a superuser), on H2 by
 * dropping the triggers and creating them again afterwards, as migrations V161 and V308
 * do.
 */
public final class JournalGuardBypass {

	/** The H2 triggers of migration V161, as it creates them. */
	private static final List<String> H2_TRIGGERS = List.of(
			"CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW CALL "
					+ "'fr.integrance.audit.internal.H2AppendOnlyTrigger'",
			"CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE, DELETE ON audit_chain_head FOR EACH ROW CALL "
					+ "'fr.integrance.audit.internal.H2AppendOnlyTrigger'",
			"CREATE TRIGGER audit_journal_segment_forward_only BEFORE INSERT, UPDATE, DELETE ON audit_journal_segment"
					+ " FOR EACH ROW CALL 'fr.integrance.audit.internal.H2AppendOnlyTrigger'");

	private JournalGuardBypass() {
	}

	public static void execute(DataSource dataSource, String sql, Object... params) {
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = isPostgres(connection);
			if (postgres) {
				run(connection, "SET session_replication_role = replica");
			}
			else {
				run(connection, "DROP TRIGGER IF EXISTS audit_entry_append_only");
				run(connection, "DROP TRIGGER IF EXISTS audit_chain_head_forward_only");
				run(connection, "DROP TRIGGER IF EXISTS audit_journal_segment_forward_only");
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
				else {
					for (String trigger : H2_TRIGGERS) {
						run(connection, trigger);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("tampering statement failed: " + sql, ex);
		}
	}

	public static boolean isPostgres(Connection connection) throws SQLException {
		return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
	}

	private static void run(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
