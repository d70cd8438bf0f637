package fr.integrance.platform;

import java.util.Locale;
import java.util.regex.Pattern;

import org.iban4j.Iban4jException;

/**
 * A bank's Business Identifier Code (ISO 9362, 8 or 11 characters) checked by iban4j. It
 * names a bank, not a person, so {@link #toString()} shows it.
 */
public final class Bic {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

	private final String value;

	private Bic(String value) {
		this.value = value;
	}

	/**
	 * The BIC written in {@code input}, spaces allowed, in either case.
	 * @throws InvalidValueException {@code bic.required} when blank, {@code bic.invalid}
	 * otherwise
	 */
	public static Bic parse(String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException("bic.required");
		}
		String candidate = SPACES.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
		try {
			return new Bic(org.iban4j.Bic.valueOf(candidate).toString());
		}
		catch (Iban4jException ex) {
			throw new InvalidValueException("bic.invalid");
		}
	}

	/** Eight or eleven characters, upper-case. */
	public String value() {
		return value;
	}

	/** ISO 3166 country code of the bank, e.g. {@code FR}. */
	public String countryCode() {
		return value.substring(4, 6);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof Bic bic && value.equals(bic.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

}
