package fr.integrance.datagen.internal;

import java.time.Duration;

/** What a generation run created and how long it took. */
public record GenerationReport(long people, long individualContracts, long dependants, long bankAccounts,
		long employers, long affiliations, long guardianOrganisations, long representations, long openCases,
		Duration took) {

	@Override
	public String toString() {
		return ("%d people, %d individual contracts, %d dependants, %d bank accounts with mandates, %d employers, "
				+ "%d affiliations, %d guardian organisations, %d representations, %d open cases in %d s")
			.formatted(people, individualContracts, dependants, bankAccounts, employers, affiliations,
					guardianOrganisations, representations, openCases, took.toSeconds());
	}
}
