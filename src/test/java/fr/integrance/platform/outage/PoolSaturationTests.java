package fr.integrance.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A pool with every connection busy is load, not an outage: that request fails, the
 * platform does not switch every page to the 503 page.
 */
class PoolSaturationTests {

	@Test
	void aBusyPoolIsSaturationAndDoesNotMarkTheDatabaseDown() throws SQLException {
		DatabaseAvailability availability = new DatabaseAvailability(java.time.Duration.ofSeconds(1));
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:mem:saturation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			pool.setMaximumPoolSize(1);
			pool.setConnectionTimeout(250);
			FailFastDataSource dataSource = new FailFastDataSource(pool, availability);
			try (Connection busy = dataSource.getConnection()) {
				Throwable refused = catchThrowable(dataSource::getConnection);

				assertThat(refused).isInstanceOf(SQLTransientConnectionException.class);
				assertThat(DatabaseAvailability.isConnectionFailure(refused)).isTrue();
				assertThat(DatabaseAvailability.isPoolSaturation(refused)).isTrue();
				assertThat(DatabaseAvailability
					.isPoolSaturation(new CannotGetJdbcConnectionException("no connection", (SQLException) refused)))
					.isTrue();
				assertThat(availability.isAvailable()).isTrue();
			}
			try (Connection again = dataSource.getConnection()) {
				assertThat(again.isValid(1)).isTrue();
			}
		}
	}

	@Test
	void aPoolThatCannotConnectIsAnOutage() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"Connection is not available, request timed out after 2000ms", "08001",
				new SQLException("Connection refused", "08001"));

		assertThat(DatabaseAvailability.isPoolSaturation(timeout)).isFalse();
		assertThat(DatabaseAvailability.isPoolSaturation(new SQLTransientConnectionException(
				"database unavailable (waiting for it to come back)", FailFastDataSource.UNABLE_TO_CONNECT)))
			.isFalse();
	}

}
