package fr.integrance.platform.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The « database has been closed [90098] » failure after ~25 minutes of uptime on the
 * embedded database: H2 2.4 keeps in a CHECK constraint comparing strings the session
 * that created it, so the constraint breaks once the pool retires that connection.
 * Migrations therefore run on a connection kept open for the application's life.
 */
@IntegrationTest
class EmbeddedMigrationConnectionTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void h2WhenTheSessionThatCreatedAStringCheckClosesThenTheCheckBreaks() throws Exception {
		// The H2 behaviour the fix works around; when an H2 upgrade fixes it, this test
		// says so and the kept connection can go.
		String url = "jdbc:h2:mem:check-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
		try (Connection other = DriverManager.getConnection(url, "sa", "")) {
			try (Connection creator = DriverManager.getConnection(url, "sa", "");
					Statement statement = creator.createStatement()) {
				statement.execute("CREATE TABLE t (id INT PRIMARY KEY, state VARCHAR(10) NOT NULL,"
						+ " CONSTRAINT ck_t CHECK (state IN ('A', 'B')))");
			}
			assertThatThrownBy(() -> {
				try (Statement statement = other.createStatement()) {
					statement.execute("INSERT INTO t VALUES (1, 'A')");
				}
			}).isInstanceOf(SQLException.class).hasMessageContaining("Check constraint invalid");
		}
	}

	@Test
	void embeddedDatabaseWhenThePoolRetiresEveryConnectionThenStringChecksStillWork() throws Exception {
		Assumptions.assumeTrue(dataSource.isWrapperFor(HikariDataSource.class), "a Hikari pool");
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		Assumptions.assumeTrue(EmbeddedMigrationConnection.isEmbeddedH2(pool.getJdbcUrl()), "the embedded H2");

		// what max-lifetime does after 30 minutes: every connection replaced
		pool.getHikariPoolMXBean().softEvictConnections();

		UUID id = UUID.randomUUID();
		int inserted = jdbc.update(
				"INSERT INTO identity_login_failure (id, key_kind, key_digest, failed_at) VALUES (?, 'SOURCE', ?, ?)",
				id, "soak-test", java.sql.Timestamp.from(Instant.now()));
		assertThat(inserted).isEqualTo(1);
		assertThat(jdbc.update("DELETE FROM identity_login_failure WHERE id = ?", id)).isEqualTo(1);
	}

}
