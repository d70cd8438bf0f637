package fr.integrance.datagen.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.integrance.platform.DemoData;
import fr.integrance.platform.DemoDataContributor;

/**
 * The demo's crowd: a few hundred generated people (households, employees of a generated
 * employer, protected adults) and a few dozen open cases, so that the back office's
 * queues, search and pages have something to show beside the hand-written demo accounts.
 */
@Component
@Profile(DataGenerator.PROFILE)
// after the modules' own demo data (accounts, people, contracts)
@DemoData(id = "datagen-demo-population-v1", order = 1_000)
@RequiredArgsConstructor
class DemoPopulation implements DemoDataContributor {

	static final GenerationPlan PLAN = new GenerationPlan(300, 40, 2026L);

	private final DataGenerator generator;

	@Override
	public void seed() {
		generator.generate(PLAN);
	}

}
