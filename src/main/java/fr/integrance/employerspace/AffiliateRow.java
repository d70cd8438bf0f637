package fr.integrance.employerspace;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.people.PersonId;

/** One line of the affiliates list. */
public record AffiliateRow(AffiliationId id, PersonId person, String lastName, String firstNames, LocalDate birthDate,
		String contractReference, String category, String planCode, AffiliationStatus status, LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable LocalDate portabilityUntil) {

	public AffiliateState state() {
		return AffiliateState.of(status);
	}

	@Override
	public String toString() {
		return "AffiliateRow[id=" + id + ", status=" + status + "]";
	}

}
