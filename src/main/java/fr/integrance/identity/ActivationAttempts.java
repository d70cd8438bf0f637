package fr.integrance.identity;

/**
 * The attempt limit of the member activation's recognition step (issue 6): failures are
 * counted per client address and per member number over sliding windows
 * ({@code app.identity.activation.*}: by default 5 failures per member number in 15
 * minutes and 10 in 24 hours, 20 per client address in an hour, an IPv6 address counted
 * by its /64). While any count is reached the caller refuses every attempt, right or
 * wrong, with the same message.
 * <p>
 * The counts live in the database (one row per failure), so that every node of a cluster
 * sees the same ones. Bucket4j, named for rate limits in DESIGN.md, was not used here:
 * its JDBC back-ends are one module per database with their own table layouts, none
 * shared by H2 and PostgreSQL, and its buckets refill on their own time source; a count
 * of failures over a window of the application's {@code Clock} is what this limit needs
 * and what the tests can move.
 */
public interface ActivationAttempts {

	/**
	 * Whether attempts from this address or for this member number are refused for now.
	 */
	boolean limited(String clientAddress, String memberNumber);

	/** Counts a failed attempt (data that match no active contract) against both keys. */
	void recordFailure(String clientAddress, String memberNumber);

}
