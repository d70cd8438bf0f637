package fr.integrance.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What was done to an affiliation and from when (enrolment, termination, change of
 * address, family situation, scheme, bank details, dependant added or removed): kinds and
 * dates only, no value. The channel that made the movement records it.
 */
public interface AffiliationHistory {

	/**
	 * Records a movement of that {@code kind} ({@code ENROLMENT}, {@code TERMINATION},
	 * {@code ADDRESS}, {@code FAMILY_SITUATION}, {@code SCHEME}, {@code BANK_DETAILS},
	 * {@code DEPENDANT_ADDED}, {@code DEPENDANT_REMOVED}) effective on that day.
	 * @throws UnknownContractException when the affiliation is unknown
	 */
	void record(AffiliationId affiliation, String kind, LocalDate effectiveDate);

	/**
	 * Records a movement of that {@code kind} for each affiliation, effective on its day,
	 * as {@link #record} would one after the other, with one existence check and the rows
	 * inserted together: for a file of movements.
	 * @throws UnknownContractException when an affiliation is unknown
	 */
	void recordAll(String kind, java.util.Map<AffiliationId, LocalDate> effectiveDates);

	/** The affiliation's movements, newest recorded first. */
	List<Line> of(AffiliationId affiliation);

	/** One movement recorded. */
	record Line(AffiliationId affiliation, String kind, LocalDate effectiveDate, Instant recordedAt) {
	}

}
