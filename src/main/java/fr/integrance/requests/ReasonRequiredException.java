package fr.integrance.requests;

/**
 * Asking the sender for more and rejecting are always explained: the reason was missing
 * or blank.
 */
public class ReasonRequiredException extends RuntimeException {

	private final RequestStatus target;

	public ReasonRequiredException(RequestStatus target) {
		super("Moving a case to " + target + " needs a reason");
		this.target = target;
	}

	public RequestStatus target() {
		return target;
	}

}
