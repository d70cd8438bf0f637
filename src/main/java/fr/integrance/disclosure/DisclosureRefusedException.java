package fr.integrance.disclosure;

/**
 * A disclosure the register does not allow: nothing was built, sent or logged. The reason
 * is a message key of the {@code disclosure} bundle ({@code disclosure.refused.*}) and
 * its argument (the field, the recipient …).
 */
public class DisclosureRefusedException extends IllegalArgumentException {

	private final String reason;

	private final String argument;

	public DisclosureRefusedException(String reason, String argument) {
		super("Disclosure refused (" + reason + "): " + argument);
		this.reason = reason;
		this.argument = argument;
	}

	/** The message key, e.g. {@code disclosure.refused.category}. */
	public String reason() {
		return reason;
	}

	public String argument() {
		return argument;
	}

}
