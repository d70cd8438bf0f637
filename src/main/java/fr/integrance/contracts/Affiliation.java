package fr.integrance.contracts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;

/**
 * An employee's affiliation to a group contract. {@code endDate} and
 * {@code terminationReason} are set when termination is requested;
 * {@code portabilityUntil} when portability starts; {@code retentionUntil} (end of cover
 * + 6 years) when the termination is confirmed.
 */
public record Affiliation(AffiliationId id, PersonId person, GroupContractId groupContract, String populationCategory,
		String planCode, LocalDate startDate, @Nullable LocalDate employmentStart, AffiliationStatus status,
		@Nullable LocalDate endDate, @Nullable TerminationReason terminationReason,
		@Nullable LocalDate portabilityUntil, @Nullable LocalDate retentionUntil) {

	/**
	 * The portability this affiliation's termination opens, if any (once the end is
	 * known).
	 */
	public java.util.Optional<PortabilityPeriod> portability() {
		if (employmentStart == null || endDate == null || terminationReason == null) {
			return java.util.Optional.empty();
		}
		return PortabilityPeriod.of(employmentStart, endDate, terminationReason);
	}
}
