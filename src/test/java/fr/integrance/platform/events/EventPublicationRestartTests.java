package fr.integrance.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.IntegranceApplication;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.IndividualContractTerminated;
import fr.integrance.people.PersonId;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClocks;

/**
 * A delivery interrupted by a crash is completed after the restart. The first application
 * publishes an event and dies before its listener runs (its task executor loses every
 * task, as a node that stops does): the publication stays incomplete in the JDBC
 * registry. The application started again on the same database completes it through
 * {@link EventPublicationUpkeep} (Spring Modulith's {@code IncompleteEventPublications}).
 */
class EventPublicationRestartTests {

	static final String RULE = "member-contract-6y";

	@Test
	void aDeliveryLostWithItsNodeIsCompletedByTheRestartedApplication() {
		String database = "jdbc:h2:mem:restart-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		IndividualContractTerminated terminated = new IndividualContractTerminated(new ContractId(UUID.randomUUID()),
				PersonId.random(), LocalDate.of(2025, 6, 30), LocalDate.of(2031, 6, 30));
		RetainedRecord contract = new RetainedRecord(RetainedRecord.Kind.INDIVIDUAL_CONTRACT,
				terminated.contract().value());

		try (ConfigurableApplicationContext crashing = start(database, context -> {
			TaskExecutor losesEveryTask = task -> {
			};
			context.getBeanFactory().registerSingleton("applicationTaskExecutor", losesEveryTask);
			context.getBeanFactory().registerSingleton("taskExecutor", losesEveryTask);
		})) {
			crashing.getBean(TransactionTemplate.class)
				.executeWithoutResult(transaction -> crashing.publishEvent(terminated));

			assertThat(incompletePublications(crashing)).isEqualTo(1);
			assertThat(crashing.getBean(RetentionClocks.class).find(contract, RULE)).isEmpty();
		}

		try (ConfigurableApplicationContext restarted = start(database, context -> {
		})) {
			assertThat(incompletePublications(restarted)).as("still there after the restart").isEqualTo(1);

			restarted.getBean(EventPublicationUpkeep.class).run();

			await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications(restarted) == 0);
			assertThat(restarted.getBean(RetentionClocks.class).find(contract, RULE))
				.hasValueSatisfying(clock -> assertThat(clock.endsOn()).isEqualTo(LocalDate.of(2031, 6, 30)));
		}
	}

	private static ConfigurableApplicationContext start(String database,
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
		SpringApplication application = IntegranceApplication.application();
		application.addInitializers(initializer);
		return application.run("--spring.profiles.active=test", "--spring.datasource.url=" + database,
				"--server.port=0", "--app.events.resubmit-after=PT0S");
	}

	private static long incompletePublications(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
	}

}
