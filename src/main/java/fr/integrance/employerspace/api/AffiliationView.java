package fr.integrance.employerspace.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.Affiliation;
import fr.integrance.employerspace.Affiliate;

/**
 * An affiliation as the API shows it: ids, contract, category, plan, dates and state, the
 * number of dependants covered; the employee's own data stay with the payroll software
 * that sent them.
 */
public record AffiliationView(UUID id, UUID personId, String contractReference, String populationCategory,
		String planCode, LocalDate startDate, String status, @Nullable LocalDate endDate,
		@Nullable String terminationReason, @Nullable LocalDate portabilityUntil, int dependants) {

	static AffiliationView of(Affiliate affiliate) {
		Affiliation affiliation = affiliate.affiliation();
		return new AffiliationView(affiliation.id().value(), affiliation.person().value(),
				affiliate.contractReference(), affiliation.populationCategory(), affiliation.planCode(),
				affiliation.startDate(), affiliation.status().name(), affiliation.endDate(),
				affiliation.terminationReason() == null ? null : affiliation.terminationReason().name(),
				affiliation.portabilityUntil(), affiliate.dependants().size());
	}

}
