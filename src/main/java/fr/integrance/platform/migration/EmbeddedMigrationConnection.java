package fr.integrance.platform.migration;

import java.util.Objects;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * On the embedded H2 database, migrations run on a connection of their own that stays
 * open until the application stops, instead of a pooled one.
 * <p>
 * Why: H2 2.4 keeps, in each CHECK constraint that compares strings (every
 * {@code status IN ('PENDING', …)} of the schema), the session that created it. Once that
 * session is closed — the pool retires its connections after {@code max-lifetime}, 30
 * minutes — every insert or update of those tables fails with « Check constraint invalid
 * » caused by « The database has been closed [90098] », until a restart re-reads the
 * schema with H2's own session. That was the failure after ~25 minutes of uptime (issue
 * 11, item 3), found by {@code ops/drills/h2-soak.sh}. A session that lives as long as
 * the application keeps the constraints valid. PostgreSQL is not concerned and keeps the
 * pool.
 */
@Component
class EmbeddedMigrationConnection implements FlywayConfigurationCustomizer, DisposableBean {

	private final DataSourceProperties properties;

	private volatile @Nullable SingleConnectionDataSource connection;

	EmbeddedMigrationConnection(DataSourceProperties properties) {
		this.properties = properties;
	}

	static boolean isEmbeddedH2(String url) {
		return url.startsWith("jdbc:h2:");
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		String url = properties.determineUrl();
		if (url == null || !isEmbeddedH2(url)) {
			return;
		}
		configuration.dataSource(kept(url));
	}

	/** The kept connection, opened on first use. */
	synchronized DataSource kept(String url) {
		SingleConnectionDataSource kept = connection;
		if (kept == null) {
			// suppressClose: Flyway's close() leaves it open; destroy() closes it.
			kept = new SingleConnectionDataSource(url, Objects.requireNonNullElse(properties.determineUsername(), ""),
					Objects.requireNonNullElse(properties.determinePassword(), ""), true);
			connection = kept;
		}
		return kept;
	}

	@Override
	public void destroy() {
		SingleConnectionDataSource kept = connection;
		if (kept != null) {
			kept.destroy();
		}
	}

}
