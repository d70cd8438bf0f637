package fr.integrance.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.platform.DemoDataContributor;

/**
 * Loads each {@link DemoDataContributor} once per database, when demo data is enabled
 * (the embedded profile). A contributor and the record that it ran commit together, so a
 * failed seed is retried at the next start and a successful one never runs twice.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final List<DemoDataContributor> contributors;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		seedAll();
	}

	/** Runs every contributor not yet recorded; returns how many ran. */
	int seedAll() {
		int ran = 0;
		for (DemoDataContributor contributor : contributors.stream()
			.sorted(Comparator.comparingInt(DemoDataContributor::order).thenComparing(DemoDataContributor::id))
			.toList()) {
			Boolean seeded = transactions.execute(status -> {
				Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM demo_data_seed WHERE seed_id = ?",
						Integer.class, contributor.id());
				if (done != null && done > 0) {
					return false;
				}
				contributor.seed();
				jdbc.update("INSERT INTO demo_data_seed (seed_id, applied_at) VALUES (?, ?)", contributor.id(),
						Timestamp.from(clock.instant()));
				return true;
			});
			if (Boolean.TRUE.equals(seeded)) {
				log.info("Demo data '{}' loaded", contributor.id());
				ran++;
			}
		}
		return ran;
	}

}
