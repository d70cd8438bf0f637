package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit journal append-only on PostgreSQL: nobody, not even the table owner or
 * a superuser, can UPDATE, DELETE or TRUNCATE {@code audit_entry}, and the chain head can
 * only move forward onto an appended entry.
 * <p>
 * Triggers are the main guard because they hold for every role, including the one the
 * application and its tests connect with (often the owner, sometimes a superuser).
 * Privileges are revoked as a second layer from every role holding them, from the role
 * running the migration (the owner; in a single-role deployment, the application itself)
 * and from the role named by the Flyway placeholder {@code audit-app-role}
 * ({@code spring.flyway.placeholders.audit-app-role}) if that role exists. A GRANT made
 * later would restore the privileges, not lift the triggers.
 * <p>
 * H2 (embedded and test database) gets nothing: it is not where the journal has to be
 * evidence, and the tamper tests change rows there with plain statements. On PostgreSQL
 * they bypass the triggers with {@code SET session_replication_role = replica} on their
 * own connection.
 * <p>
 * Java rather than SQL because the statements exist on PostgreSQL only, and SQL
 * migrations must run unchanged on both databases.
 */
public class V21__audit_journal_append_only extends BaseJavaMigration {

	static final String APP_ROLE_PLACEHOLDER = "audit-app-role";

	private static final String REFUSE_CHANGE = """
			CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
			LANGUAGE plpgsql AS $$
			BEGIN
			    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
			        USING ERRCODE = 'insufficient_privilege';
			END
			$$""";

	// The head may only move forward, onto an entry that exists with that hash: the
	// application cannot rewind it to hide a cut tail, nor point it past the entries.
	// (The journal writes the head once per transaction, so one move may span several
	// entries.)
	private static final String GUARD_HEAD = """
			CREATE FUNCTION audit_chain_head_guard() RETURNS trigger
			LANGUAGE plpgsql AS $$
			BEGIN
			    IF TG_OP <> 'UPDATE' THEN
			        RAISE EXCEPTION 'audit_chain_head cannot be removed: % refused', TG_OP
			            USING ERRCODE = 'insufficient_privilege';
			    END IF;
			    IF NEW.id <> OLD.id
			        OR NEW.last_sequence <= OLD.last_sequence
			        OR NOT EXISTS (SELECT 1 FROM audit_entry e
			                       WHERE e.sequence = NEW.last_sequence AND e.entry_hash = NEW.last_hash) THEN
			        RAISE EXCEPTION 'audit_chain_head only moves forward onto an appended entry'
			            USING ERRCODE = 'insufficient_privilege';
			    END IF;
			    RETURN NEW;
			END
			$$""";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute(REFUSE_CHANGE);
			statement.execute("CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry "
					+ "FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()");
			statement.execute("CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
					+ "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()");
			statement.execute(GUARD_HEAD);
			statement
				.execute("CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE OR DELETE ON audit_chain_head "
						+ "FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard()");
			statement.execute("CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head "
					+ "FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_guard()");
		}
		revoke(connection, "audit_entry", "UPDATE, DELETE, TRUNCATE", appRole(context));
		revoke(connection, "audit_chain_head", "DELETE, TRUNCATE", appRole(context));
	}

	private static String appRole(Context context) {
		String role = context.getConfiguration().getPlaceholders().get(APP_ROLE_PLACEHOLDER);
		return role == null || role.isBlank() ? null : role.trim();
	}

	private static void revoke(Connection connection, String table, String privileges, String appRole)
			throws SQLException {
		List<String> revokes = new ArrayList<>();
		revokes.add("REVOKE " + privileges + " ON " + table + " FROM PUBLIC, CURRENT_USER");
		// Roles that already hold a privilege on the new table, typically through
		// ALTER DEFAULT PRIVILEGES; format('%I') quotes their names.
		String holders = "SELECT DISTINCT format('REVOKE " + privileges + " ON " + table + " FROM %I', r.rolname) "
				+ "FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles r ON r.oid = a.grantee "
				+ "WHERE c.oid = '" + table + "'::regclass AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')";
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(holders)) {
			while (rs.next()) {
				revokes.add(rs.getString(1));
			}
		}
		if (appRole != null) {
			try (PreparedStatement statement = connection.prepareStatement("SELECT format('REVOKE " + privileges
					+ " ON " + table + " FROM %I', rolname) FROM pg_roles " + "WHERE rolname = ?")) {
				statement.setString(1, appRole);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						revokes.add(rs.getString(1));
					}
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String revoke : revokes) {
				statement.execute(revoke);
			}
		}
	}

}
