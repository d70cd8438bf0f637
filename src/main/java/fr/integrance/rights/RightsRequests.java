package fr.integrance.rights;

/**
 * Receives data-subject rights requests from every door: checks that the right and the
 * processing named exist in the register, stores the request with a reference
 * ({@code DDR-2026-000042}) and its due date, one calendar month after the day of receipt
 * in France (31 January gives the last day of February), and publishes
 * {@link RightsRequestReceived}, on which the acknowledgement is sent.
 * <p>
 * Identity is checked in proportion: a signed-in request ({@link #receiveVerified}) is
 * verified by its session; an anonymous one ({@link #receive}) is matched against what
 * the mutual holds (names, birth date, member number) and, when exactly one person with
 * an address on file matches, confirmed by a single-use link sent to that address
 * ({@link #confirm}); otherwise it waits for staff
 * ({@link RightsRequestStatus#IDENTITY_PENDING}). No identity document is asked for here.
 */
public interface RightsRequests {

	/**
	 * Stores an anonymous request, checks the identity as above, and publishes
	 * {@link RightsRequestReceived} in the same transaction.
	 * @throws IllegalArgumentException when the right or the processing is not in the
	 * register
	 */
	ReceivedRightsRequest receive(RightsRequestSubmission submission);

	/**
	 * Stores a request from a signed-in space, {@link RightsRequestStatus#IN_PROGRESS} at
	 * once, with its channel and whether it is made on behalf of the subject.
	 * @throws IllegalArgumentException when the right or the processing is not in the
	 * register
	 */
	ReceivedRightsRequest receiveVerified(VerifiedRightsRequest request);

	/**
	 * Follows a confirmation link: the first time, before it expires, the request moves
	 * to {@link RightsRequestStatus#IN_PROGRESS} with the matched person as its subject.
	 */
	ConfirmationOutcome confirm(String token);

}
