package fr.integrance.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

import fr.integrance.rights.RightsRequestId;
import fr.integrance.rights.RightsRequestReceived;

/**
 * V132: a delivery the former SMTP acknowledgement listener left incomplete is handed to
 * the outbox listener, in the event's new shape; the others are left alone.
 */
class AcknowledgementsLeftUndeliveredTests {

	static final String OLD_LISTENER = "fr.integrance.rights.Acknowledgements.on(fr.integrance.rights.RightsRequestReceived)";

	static final String NEW_LISTENER = "fr.integrance.rights.internal.Acknowledgements.on(fr.integrance.rights.RightsRequestReceived)";

	@Test
	void anUndeliveredAcknowledgementIsHandedToTheOutboxListener() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:v132-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		FluentConfiguration flyway = Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.placeholders(Map.of("audit-app-role", ""));
		flyway.target("131").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		UUID request = UUID.randomUUID();
		UUID undelivered = publication(jdbc, OLD_LISTENER,
				"{\"id\":\"" + request + "\",\"reference\":\"DDR-2026-000007\"}", null);
		UUID delivered = publication(jdbc, OLD_LISTENER,
				"{\"id\":\"" + UUID.randomUUID() + "\",\"reference\":\"DDR-2026-000008\"}", Instant.now());

		flyway.target("latest").load().migrate();

		Map<String, Object> moved = row(jdbc, undelivered);
		assertThat(moved).containsEntry("listener_id", NEW_LISTENER);
		assertThat(JsonMapper.builder()
			.build()
			.readValue(String.valueOf(moved.get("serialized_event")), RightsRequestReceived.class))
			.isEqualTo(new RightsRequestReceived(new RightsRequestId(request), "DDR-2026-000007"));
		assertThat(row(jdbc, delivered)).containsEntry("listener_id", OLD_LISTENER);
	}

	private static UUID publication(JdbcTemplate jdbc, String listener, String event, @Nullable Instant completedAt) {
		UUID id = UUID.randomUUID();
		jdbc.update(
				"INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
						+ " completion_date, status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
				id, listener, RightsRequestReceived.class.getName(), event, Timestamp.from(Instant.now()),
				completedAt == null ? null : Timestamp.from(completedAt), completedAt == null ? "FAILED" : "COMPLETED");
		return id;
	}

	private static Map<String, Object> row(JdbcTemplate jdbc, UUID id) {
		return jdbc.queryForMap("SELECT listener_id, serialized_event FROM event_publication WHERE id = ?", id);
	}

}
