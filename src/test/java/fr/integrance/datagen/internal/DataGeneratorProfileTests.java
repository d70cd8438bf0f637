package fr.integrance.datagen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import fr.integrance.IntegrationTest;

/**
 * Without the {@code datagen} profile (the test profile, production) the generator does
 * not exist at all; the {@code embedded} profile includes it.
 */
@IntegrationTest
class DataGeneratorProfileTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	void noGeneratorWithoutTheDatagenProfile() {
		assertThat(environment.getActiveProfiles()).doesNotContain(DataGenerator.PROFILE);
		assertThat(context.getBeanNamesForType(DataGenerator.class)).isEmpty();
		assertThat(context.getBeanNamesForType(DemoPopulation.class)).isEmpty();
	}

	@Test
	void theEmbeddedProfileIncludesTheGenerator() {
		assertThat(environment.getProperty("spring.profiles.group.embedded")).isEqualTo(DataGenerator.PROFILE);
	}

}
