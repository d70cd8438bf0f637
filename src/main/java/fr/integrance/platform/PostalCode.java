package fr.integrance.platform;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A French postal code: five digits, checked as syntax only (RULES.md §5); Corsica's
 * start with 20, overseas ones with 97 or 98. Whether it exists is La Poste's business,
 * not ours.
 */
public final class PostalCode extends TextValue {

	private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

	private PostalCode(String value) {
		super(value);
	}

	/**
	 * The postal code in {@code input}, surrounding spaces ignored.
	 * @throws InvalidValueException {@code postal-code.required} when blank,
	 * {@code postal-code.invalid} otherwise
	 */
	public static PostalCode of(@Nullable String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException("postal-code.required");
		}
		String candidate = input.strip();
		if (!FIVE_DIGITS.matcher(candidate).matches()) {
			throw new InvalidValueException("postal-code.invalid");
		}
		return new PostalCode(candidate);
	}

	/** A postal code alone points at thousands of people; it is shown as is. */

}
