package fr.integrance.retention;

/** What started a retention clock, or last moved it. */
public enum ClockCause {

	/** {@code IndividualContractTerminated}: the contract's end date. */
	CONTRACT_TERMINATED,
	/** {@code AffiliationEnded}, termination confirmed: the end date. */
	AFFILIATION_TERMINATED,
	/** {@code AffiliationEnded}, portability started: the end of portability. */
	AFFILIATION_PORTABILITY,
	/** {@code AffiliationEnded}, closed: the last day of cover, unchanged. */
	AFFILIATION_CLOSED,
	/**
	 * {@code CaseClosed} without a contract: the prospect's last contact, the day the
	 * case was decided.
	 */
	CASE_CLOSED,
	/**
	 * Recorded when clocks were introduced, from the dates of a record that had already
	 * ended.
	 */
	BACKFILLED

}
