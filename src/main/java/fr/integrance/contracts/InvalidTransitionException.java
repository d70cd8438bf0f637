package fr.integrance.contracts;

/**
 * An aggregate refused a change of state that its state machine does not allow (e.g.
 * activating a terminated contract). Carries the aggregate kind and both states, never
 * personal data.
 */
public class InvalidTransitionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String aggregate;

	private final String from;

	private final String to;

	public InvalidTransitionException(String aggregate, Enum<?> from, Enum<?> to) {
		super(aggregate + ": " + from + " -> " + to + " is not allowed");
		this.aggregate = aggregate;
		this.from = from.name();
		this.to = to.name();
	}

	/** The kind of aggregate, e.g. {@code IndividualContract}. */
	public String aggregate() {
		return aggregate;
	}

	public String from() {
		return from;
	}

	public String to() {
		return to;
	}

	/** Key of a French message for a person, in the {@code i18n/domain} bundle. */
	public String messageKey() {
		return "transition.invalid";
	}

}
