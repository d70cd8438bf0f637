package fr.integrance.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import fr.integrance.IntegrationTest;
import fr.integrance.platform.DemoData;
import fr.integrance.platform.DemoDataContributor;

/** Demo data loads once per database: a restart does not load it again. */
@IntegrationTest
@TestPropertySource(properties = "app.demo-data.enabled=true")
@Import(DemoDataSeederTests.CountingContributor.class)
class DemoDataSeederTests {

	@Autowired
	DemoDataSeeder seeder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedWhenRunAgainThenContributorDoesNotRunTwice() {
		// The application runner already ran once at start-up.
		assertThat(CountingContributor.runs.get()).isEqualTo(1);

		assertThat(seeder.seedAll()).isZero();

		assertThat(CountingContributor.runs.get()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_data_seed WHERE seed_id = 'test-counting'",
				Integer.class))
			.isEqualTo(1);
	}

	@TestConfiguration
	static class CountingContributor {

		static final AtomicInteger runs = new AtomicInteger();

		@Bean
		DemoDataContributor countingContributor() {
			return new Counting();
		}

		@DemoData(id = "test-counting", order = 0)
		static class Counting implements DemoDataContributor {

			@Override
			public void seed() {
				runs.incrementAndGet();
			}

		}

	}

}
