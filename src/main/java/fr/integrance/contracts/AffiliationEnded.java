package fr.integrance.contracts;

import java.util.Objects;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;

/**
 * An affiliation's cover has an end: its termination was confirmed
 * ({@link AffiliationStatus#TERMINATED}), portability continued it to a later day
 * ({@link AffiliationStatus#PORTABILITY}), or it was closed
 * ({@link AffiliationStatus#CLOSED}). The retention module starts (or moves) the «
 * contract + 6 years » clock from the last day of cover.
 *
 * @param affiliation the affiliation
 * @param person the affiliated employee
 * @param status the status the affiliation moved to
 * @param lastDayOfCover the end date, or the end of portability when there is one
 * @param retentionUntil the contracts module's own retention date for the affiliation
 */
public record AffiliationEnded(AffiliationId affiliation, PersonId person, AffiliationStatus status,
		LocalDate lastDayOfCover, @Nullable LocalDate retentionUntil) {

	/** The event for an affiliation as it stands after its move. */
	public static AffiliationEnded of(Affiliation affiliation) {
		LocalDate lastDay = affiliation.portabilityUntil() != null ? affiliation.portabilityUntil()
				: affiliation.endDate();
		return new AffiliationEnded(affiliation.id(), affiliation.person(), affiliation.status(),
				Objects.requireNonNull(lastDay, "an affiliation ends on a date"), affiliation.retentionUntil());
	}

}
