package fr.integrance.employerspace.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.Affiliation;

/**
 * An affiliation as the API shows it: ids, category, plan, dates and state; no personal
 * value beyond the person's id (the payroll software holds the employee's data).
 */
public record AffiliationView(UUID id, UUID personId, UUID groupContractId, String populationCategory, String planCode,
		LocalDate startDate, String status, @Nullable LocalDate endDate, @Nullable String terminationReason,
		@Nullable LocalDate portabilityUntil) {

	static AffiliationView of(Affiliation affiliation) {
		return new AffiliationView(affiliation.id().value(), affiliation.person().value(),
				affiliation.groupContract().value(), affiliation.populationCategory(), affiliation.planCode(),
				affiliation.startDate(), affiliation.status().name(), affiliation.endDate(),
				affiliation.terminationReason() == null ? null : affiliation.terminationReason().name(),
				affiliation.portabilityUntil());
	}

}
