package fr.integrance.platform.migration;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a database migrated by an earlier version start. Versions 21, 51, 81 and 89 were
 * Java migrations ({@code db.migration.V21__audit_journal_append_only}, …), recorded in
 * {@code flyway_schema_history} as type {@code JDBC} with no checksum; they are now SQL
 * under {@code db/vendor/postgresql} and {@code db/vendor/h2}, with the same effect on
 * each database, so Flyway's validation refuses those rows (type and checksum differ).
 * <p>
 * Before migrating, when validation fails <em>only</em> on those versions and each of
 * them is such a row, their rows are updated to what the SQL migration would have
 * recorded (type {@code SQL}, its checksum and script), and nothing else; any other
 * failure (an edited migration, a failed one, one missing) is left to Flyway, which
 * refuses to start as before. No blanket repair.
 */
@Component
class LegacyJavaMigrations implements FlywayMigrationStrategy {

	/** The versions that were Java migrations until the SQL migrations replaced them. */
	static final Set<String> VERSIONS = Set.of("21", "51", "81", "89");

	private static final Logger log = LoggerFactory.getLogger(LegacyJavaMigrations.class);

	@Override
	public void migrate(Flyway flyway) {
		adoptLegacyRows(flyway);
		flyway.migrate();
	}

	/** Returns the versions whose rows were adopted (none on a database in step). */
	List<String> adoptLegacyRows(Flyway flyway) {
		ValidateResult validation = flyway.validateWithResult();
		if (validation.validationSuccessful) {
			return List.of();
		}
		// Flyway sees a JDBC row and an SQL script of the same version as two migrations:
		// one applied and not resolved, the other resolved and not applied.
		MigrationInfo[] all = flyway.info().all();
		Map<String, MigrationInfo> javaRows = versions(all, LegacyJavaMigrations::isJavaRow);
		Map<String, MigrationInfo> sqlScripts = versions(all, LegacyJavaMigrations::isPendingSqlScript);
		// Pending migrations are "invalid" to validate(), not to migrate(): left out.
		Set<String> pending = Arrays.stream(all)
			.filter(info -> info.getState() == MigrationState.PENDING && info.getVersion() != null)
			.map(info -> info.getVersion().getVersion())
			.collect(Collectors.toSet());
		Set<String> invalid = validation.invalidMigrations.stream()
			.filter(output -> output.errorDetails.errorCode != CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED
					|| !pending.contains(output.version))
			.map(output -> output.version)
			.collect(Collectors.toSet());
		if (javaRows.isEmpty() || !sqlScripts.keySet().containsAll(javaRows.keySet())
				|| !javaRows.keySet().containsAll(invalid)) {
			return List.of();
		}
		Configuration configuration = flyway.getConfiguration();
		JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
		javaRows.keySet().forEach(version -> {
			MigrationInfo script = Objects.requireNonNull(sqlScripts.get(version), "checked above");
			jdbc.update(
					"UPDATE " + historyTable(configuration) + " SET type = 'SQL', checksum = ?, script = ?"
							+ " WHERE version = ? AND type = 'JDBC' AND checksum IS NULL",
					script.getChecksum(), script.getScript(), version);
		});
		log.info("Migrations {} were Java and are now SQL: their history rows adopted", javaRows.keySet());
		return List.copyOf(javaRows.keySet());
	}

	private static Map<String, MigrationInfo> versions(MigrationInfo[] infos, Predicate<MigrationInfo> filter) {
		Map<String, MigrationInfo> versions = new TreeMap<>();
		for (MigrationInfo info : infos) {
			if (info.getVersion() != null && VERSIONS.contains(info.getVersion().getVersion()) && filter.test(info)) {
				versions.put(info.getVersion().getVersion(), info);
			}
		}
		return versions;
	}

	/** A row a Java migration wrote: type JDBC, no checksum. */
	private static boolean isJavaRow(MigrationInfo info) {
		return info.isApplied() && info.getType() == CoreMigrationType.JDBC && info.getChecksum() == null;
	}

	/** An SQL migration found in the locations and not applied (under that type). */
	private static boolean isPendingSqlScript(MigrationInfo info) {
		return !info.isApplied() && info.getType() == CoreMigrationType.SQL && info.getChecksum() != null;
	}

	private static String historyTable(Configuration configuration) {
		String schema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
				: configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
		return schema == null ? configuration.getTable() : schema + "." + configuration.getTable();
	}

}
