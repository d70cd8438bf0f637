package fr.integrance.rights;

/**
 * Receives data-subject rights requests: checks that the right and the processing named
 * exist in the register, stores the request with a reference ({@code DDR-2026-000042})
 * and its due date, one calendar month after the day of receipt in France (31 January
 * gives the last day of February), and publishes {@link RightsRequestReceived}, on which
 * the acknowledgement is sent. No identity proof is asked for here: only on reasonable
 * doubt, later.
 */
public interface RightsRequests {

	/**
	 * Stores the request and publishes {@link RightsRequestReceived} in the same
	 * transaction.
	 * @throws IllegalArgumentException when the right or the processing is not in the
	 * register
	 */
	ReceivedRightsRequest receive(RightsRequestSubmission submission);

}
