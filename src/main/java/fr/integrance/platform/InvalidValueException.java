package fr.integrance.platform;

import java.util.Objects;

/**
 * A value object refused its input. It carries a message key (e.g. {@code "nir.invalid"})
 * whose French and English texts live in the {@code i18n/values} bundle, so that a form
 * can show the message next to the field
 * ({@code bindingResult.rejectValue("nir", ex.messageKey())}).
 * <p>
 * It never carries the refused input: the exception may end up in a log, and the input
 * may be a social security number or an IBAN. The message is the key itself.
 */
public class InvalidValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public InvalidValueException(String messageKey) {
		super(Objects.requireNonNull(messageKey, "messageKey"));
		this.messageKey = messageKey;
	}

	/** The key of the message to show, e.g. {@code "nir.invalid"}. */
	public String messageKey() {
		return messageKey;
	}

	/**
	 * Whether {@code parse} runs without refusing its input: the never-throwing check
	 * beside a value object's parser.
	 */
	public static boolean passes(Runnable parse) {
		try {
			parse.run();
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

}
