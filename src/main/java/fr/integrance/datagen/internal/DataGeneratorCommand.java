package fr.integrance.datagen.internal;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The generator as a command: start the application with {@code --app.datagen.people=N}
 * (and optionally {@code --app.datagen.open-cases=M}, {@code --app.datagen.seed=S}); it
 * generates once the application is ready (after every runner, the demo data's among
 * them), then stops the application, unless {@code --app.datagen.exit=false}. Only with
 * the {@code datagen} profile (which {@code embedded} includes, and {@code prod}
 * refuses). See BENCHMARKS.md.
 */
@Component
@Profile(DataGenerator.PROFILE)
@ConditionalOnProperty(name = "app.datagen.people")
@RequiredArgsConstructor
class DataGeneratorCommand {

	private static final Logger log = LoggerFactory.getLogger(DataGeneratorCommand.class);

	private final DataGenerator generator;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	@EventListener(ApplicationReadyEvent.class)
	void run() {
		int people = environment.getRequiredProperty("app.datagen.people", Integer.class);
		int openCases = environment.getProperty("app.datagen.open-cases", Integer.class, people / 10);
		long seed = environment.getProperty("app.datagen.seed", Long.class, 20261126L);
		log.info("Generating {} people and {} open cases", people, openCases);
		int largeEmployer = environment.getProperty("app.datagen.large-employer-affiliates", Integer.class, 0);
		GenerationReport report = generator.generate(new GenerationPlan(people, openCases, seed, largeEmployer));
		log.info("Data generation done: {}", report);
		if (environment.getProperty("app.datagen.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

}
