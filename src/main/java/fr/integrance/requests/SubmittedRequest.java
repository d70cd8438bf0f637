package fr.integrance.requests;

/**
 * What the sender is told after submitting: the case id (for the system) and its
 * reference (for people).
 */
public record SubmittedRequest(CaseId caseId, String reference) {

	/**
	 * A case reference: {@code DEM-<year>-<number>}, the year in France, the number from
	 * a sequence.
	 */
	public static String reference(int year, long number) {
		return "DEM-%d-%06d".formatted(year, number);
	}
}
