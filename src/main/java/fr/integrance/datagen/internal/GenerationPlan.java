package fr.integrance.datagen.internal;

/**
 * How much to generate. Of the {@code people}, about 2 % are protected adults represented
 * by a guardian organisation, 15 % employees affiliated to an employer's group contract,
 * and the rest households of members with their dependants (spouse or partner, children).
 *
 * @param people the number of persons to create (at least 10)
 * @param openCases the number of open request cases (submitted, in review or waiting for
 * the sender)
 * @param seed the seed of the random choices, so that two runs with the same plan give
 * the same names
 * @param largeEmployerAffiliates when above 0, one more employer with that many
 * affiliates (on top of {@code people}), to measure a large employer's affiliates list
 */
public record GenerationPlan(int people, int openCases, long seed, int largeEmployerAffiliates) {

	public GenerationPlan(int people, int openCases, long seed) {
		this(people, openCases, seed, 0);
	}

	public GenerationPlan {
		if (largeEmployerAffiliates < 0) {
			throw new IllegalArgumentException("The large employer's affiliates cannot be negative");
		}
		if (people < 10) {
			throw new IllegalArgumentException("Generate at least 10 people");
		}
		if (openCases < 0) {
			throw new IllegalArgumentException("The number of open cases cannot be negative");
		}
	}

	/** One employer per 2,000 people (at least one). */
	int employers() {
		return Math.max(1, people / 2_000);
	}

	/** One guardian organisation per 20,000 people (at least one). */
	int guardianOrganisations() {
		return Math.max(1, people / 20_000);
	}

	int protectedAdults() {
		return Math.max(1, people / 50);
	}

	int affiliates() {
		return Math.max(1, people * 15 / 100);
	}

	/** What remains for members and their dependants. */
	int householdPeople() {
		return people - protectedAdults() - affiliates();
	}
}
