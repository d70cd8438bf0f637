package fr.integrance.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database as the version before the SQL vendor migrations left it: migrated up to V89,
 * with versions 21, 51, 81 and 89 recorded as that version's Java migrations recorded
 * them (type JDBC, no checksum, the class as script). The schema is the same: on H2 the
 * Java migrations created the same plain indexes (V81) and nothing else, on PostgreSQL
 * the same triggers, indexes and collations as the SQL ones.
 */
final class OldDatabases {

	/** The last version of the release that had Java migrations. */
	static final String LAST_OLD_VERSION = "89";

	private OldDatabases() {
	}

	/** Flyway as the application configures it, on one schema (or the default one). */
	static FluentConfiguration flyway(DataSource dataSource, String schema) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
			.placeholders(Map.of("audit-app-role", ""));
		return schema == null ? configuration : configuration.schemas(schema);
	}

	/**
	 * Migrates up to V89 and rewrites the four rows as the Java migrations wrote them.
	 */
	static void create(DataSource dataSource, String schema) {
		flyway(dataSource, schema).target(LAST_OLD_VERSION).load().migrate();
		String history = schema == null ? "flyway_schema_history" : schema + ".flyway_schema_history";
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("UPDATE " + history + " SET type = 'JDBC', checksum = NULL, script = 'db.migration.V'"
				+ " || version || '__' || REPLACE(description, ' ', '_') WHERE version IN ('21', '51', '81', '89')");
	}

	static String vendor(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "postgresql" : "h2";
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
