package fr.integrance.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.IntegrationTest;

/**
 * A database migrated by the version whose migrations 21, 51, 81 and 89 were Java is
 * adopted and migrated on; any other validation failure is left to Flyway. Each test
 * works in a schema of its own, on H2 and on PostgreSQL.
 */
@IntegrationTest
class LegacyJavaMigrationsTests {

	@Autowired
	DataSource dataSource;

	private final String schema = "legacy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@AfterEach
	void dropTheSchema() {
		new JdbcTemplate(dataSource).execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
	}

	private List<Map<String, Object>> legacyRows() {
		return new JdbcTemplate(dataSource).queryForList("SELECT version, type, checksum, script FROM " + schema
				+ ".flyway_schema_history WHERE version IN ('21', '51', '81', '89') ORDER BY installed_rank");
	}

	@Test
	void anOldDatabaseIsAdoptedThenMigratedToTheLatestVersion() {
		OldDatabases.create(dataSource, schema);
		Flyway flyway = OldDatabases.flyway(dataSource, schema).load();
		assertThat(flyway.validateWithResult().validationSuccessful).as("refused as it is").isFalse();

		new LegacyJavaMigrations().migrate(flyway);

		assertThat(legacyRows()).hasSize(4).allSatisfy(row -> {
			assertThat(row.get("type")).isEqualTo("SQL");
			assertThat(row.get("checksum")).isNotNull();
			assertThat(row.get("script").toString()).startsWith("V" + row.get("version") + "__").endsWith(".sql");
		});
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
		assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(latestVersion());
		assertThat(new LegacyJavaMigrations().adoptLegacyRows(flyway)).as("nothing left to adopt").isEmpty();
	}

	@Test
	void anyOtherFailureIsLeftToFlywayAndNoRowIsTouched() {
		OldDatabases.create(dataSource, schema);
		new JdbcTemplate(dataSource)
			.update("UPDATE " + schema + ".flyway_schema_history SET checksum = 42 WHERE version = '10'");
		Flyway flyway = OldDatabases.flyway(dataSource, schema).load();

		assertThatThrownBy(() -> new LegacyJavaMigrations().migrate(flyway)).isInstanceOf(FlywayValidateException.class)
			.hasMessageContaining("10");
		assertThat(legacyRows()).extracting(row -> row.get("type")).containsOnly("JDBC");
	}

	@Test
	void aFreshDatabaseMigratesWithoutAdoptingAnything() {
		Flyway flyway = OldDatabases.flyway(dataSource, schema).load();

		new LegacyJavaMigrations().migrate(flyway);

		assertThat(legacyRows()).extracting(row -> row.get("type")).containsOnly("SQL");
		assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(latestVersion());
	}

	private String latestVersion() {
		return new JdbcTemplate(dataSource).queryForObject(
				"SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1", String.class);
	}

}
