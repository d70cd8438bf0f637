package fr.integrance.platform;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

import org.iban4j.Iban4jException;

/**
 * A bank's Business Identifier Code (ISO 9362, 8 or 11 characters) checked by iban4j. It
 * names a bank, not a person, so {@link #toString()} shows it.
 */
public final class Bic extends TextValue {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

	private Bic(String value) {
		super(value);
	}

	/**
	 * The BIC written in {@code input}, spaces allowed, in either case.
	 * @throws InvalidValueException {@code bic.required} when blank, {@code bic.invalid}
	 * otherwise
	 */
	public static Bic parse(@Nullable String input) {
		String candidate = compact(input, SPACES, "bic.required");
		try {
			return new Bic(org.iban4j.Bic.valueOf(candidate).toString());
		}
		catch (Iban4jException ex) {
			throw new InvalidValueException("bic.invalid");
		}
	}

	/** ISO 3166 country code of the bank, e.g. {@code FR}. */
	public String countryCode() {
		return value().substring(4, 6);
	}

}
