package fr.integrance.platform;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * A company's SIREN number: nine digits passing the Luhn check (RULES.md §5). Public in
 * the SIRENE register, so {@link #toString()} shows it.
 */
public final class Siren extends TextValue {

	/**
	 * La Poste's SIREN: its establishments' SIRET numbers use a digit sum instead of
	 * Luhn.
	 */
	static final String LA_POSTE = "356000000";

	private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.]");

	private Siren(String value) {
		super(value);
	}

	/**
	 * The SIREN written in {@code input}, spaces and dots allowed.
	 * @throws InvalidValueException {@code siren.required} when blank,
	 * {@code siren.invalid} otherwise
	 */
	public static Siren of(@Nullable String input) {
		String digits = compact(input, SEPARATORS, "siren.required");
		if (!NINE_DIGITS.matcher(digits).matches() || !Luhn.isValid(digits)) {
			throw new InvalidValueException("siren.invalid");
		}
		return new Siren(digits);
	}

	/** Grouped by three for reading: {@code 732 829 320}. */
	public String formatted() {
		return value().substring(0, 3) + " " + value().substring(3, 6) + " " + value().substring(6);
	}

}
