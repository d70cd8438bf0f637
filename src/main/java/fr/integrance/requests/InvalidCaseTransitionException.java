package fr.integrance.requests;

/**
 * A case was asked to move where its state machine does not go
 * ({@link RequestStatus#next()}).
 */
public class InvalidCaseTransitionException extends RuntimeException {

	private final RequestStatus from;

	private final RequestStatus to;

	public InvalidCaseTransitionException(RequestStatus from, RequestStatus to) {
		super("A case cannot go from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public RequestStatus from() {
		return from;
	}

	public RequestStatus to() {
		return to;
	}

}
