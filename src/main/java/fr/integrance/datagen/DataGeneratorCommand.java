package fr.integrance.datagen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The generator as a command: start the application with {@code --app.datagen.people=N}
 * (and optionally {@code --app.datagen.open-cases=M}, {@code --app.datagen.seed=S}); it
 * generates once the application (and its demo data) is up, then stops the application,
 * unless {@code --app.datagen.exit=false}. Never in the {@code prod} profile. See
 * BENCHMARKS.md.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.datagen.people")
@Order(Ordered.LOWEST_PRECEDENCE)
class DataGeneratorCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DataGeneratorCommand.class);

	private final DataGenerator generator;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	DataGeneratorCommand(DataGenerator generator, Environment environment, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int people = environment.getRequiredProperty("app.datagen.people", Integer.class);
		int openCases = environment.getProperty("app.datagen.open-cases", Integer.class, people / 10);
		long seed = environment.getProperty("app.datagen.seed", Long.class, 20261126L);
		log.info("Generating {} people and {} open cases", people, openCases);
		GenerationReport report = generator.generate(new GenerationPlan(people, openCases, seed));
		log.info("Data generation done: {}", report);
		if (environment.getProperty("app.datagen.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

}
