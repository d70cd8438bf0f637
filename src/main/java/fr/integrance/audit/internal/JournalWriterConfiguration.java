package fr.integrance.audit.internal;

import java.time.Clock;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import fr.integrance.platform.Admission;

/**
 * The journal's group writer has a database connection of its own, outside the
 * application's pool: the callers it releases often wait for it holding one of the pool's
 * connections (a page's read-only transaction), and a writer queuing behind them for a
 * connection would fail them all. One connection, given back after a minute idle. A group
 * is gathered for {@code app.audit.group-gather} (2 ms) unless a caller waits for it;
 * while requests queue at the pages' admission, for
 * {@code app.audit.group-gather-crowded} (8 ms) unless a caller that holds its place
 * waits for it.
 */
@Configuration(proxyBeanMethods = false)
class JournalWriterConfiguration {

	@Bean(destroyMethod = "close")
	JournalGroupCommit journalGroupCommit(DataSourceProperties properties, Clock clock, EntryLinks links,
			@Value("${app.audit.group-gather:PT0.002S}") Duration gather,
			@Value("${app.audit.group-gather-crowded:PT0.008S}") Duration crowdedGather,
			ObjectProvider<Admission> admission) {
		HikariDataSource connection = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		connection.setPoolName("audit-journal-writer");
		connection.setMaximumPoolSize(1);
		connection.setMinimumIdle(0);
		connection.setIdleTimeout(60_000);
		connection.setConnectionTimeout(2_000);
		JournalStore store = new JournalStore(JdbcClient.create(connection), new JdbcTemplate(connection), clock,
				links);
		return new JournalGroupCommit(store, new DataSourceTransactionManager(connection), connection, gather,
				crowdedGather, admission.getIfAvailable(() -> Admission.UNLIMITED));
	}

	/**
	 * {@code audit.journal.groups} and {@code audit.journal.group.entries}: their ratio
	 * is how many entries (mostly readings) a commit of the writer holds.
	 */
	@Bean
	MeterBinder journalGroupMeters(JournalGroupCommit group) {
		return registry -> {
			FunctionCounter.builder("audit.journal.groups", group, JournalGroupCommit::groupsWritten)
				.description("Groups of journal entries committed by the group writer")
				.register(registry);
			FunctionCounter.builder("audit.journal.group.entries", group, JournalGroupCommit::entriesWritten)
				.description("Journal entries committed by the group writer, in all its groups")
				.register(registry);
		};
	}

}
