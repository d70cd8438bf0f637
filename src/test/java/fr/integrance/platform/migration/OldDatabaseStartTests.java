package fr.integrance.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import fr.integrance.IntegranceApplication;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;

/**
 * The application starts on an H2 database made by the version whose migrations 21, 51,
 * 81 and 89 were Java ({@link OldDatabases}), migrates it to the latest version and reads
 * it.
 */
class OldDatabaseStartTests {

	@Test
	void theApplicationStartsOnADatabaseOfThePreviousVersion() {
		String url = "jdbc:h2:mem:old-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		OldDatabases.create(new DriverManagerDataSource(url, "sa", ""), null);

		try (ConfigurableApplicationContext application = IntegranceApplication.application()
			.run("--spring.profiles.active=test", "--spring.datasource.url=" + url, "--server.port=0")) {
			JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);

			assertThat(jdbc.queryForList(
					"SELECT DISTINCT type FROM flyway_schema_history WHERE version IN" + " ('21', '51', '81', '89')",
					String.class))
				.containsExactly("SQL");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version = '131'",
					Integer.class))
				.isOne();
			assertThat(application.getBean(People.class).summaries(java.util.List.of(PersonId.random()))).isEmpty();
		}
	}

}
