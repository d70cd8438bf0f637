package fr.integrance.platform;

import java.util.regex.Pattern;

/**
 * A company's SIREN number: nine digits passing the Luhn check (RULES.md §5). Public in
 * the SIRENE register, so {@link #toString()} shows it.
 */
public final class Siren {

	/**
	 * La Poste's SIREN: its establishments' SIRET numbers use a digit sum instead of
	 * Luhn.
	 */
	static final String LA_POSTE = "356000000";

	private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.]");

	private final String value;

	private Siren(String value) {
		this.value = value;
	}

	/**
	 * The SIREN written in {@code input}, spaces and dots allowed.
	 * @throws InvalidValueException {@code siren.required} when blank,
	 * {@code siren.invalid} otherwise
	 */
	public static Siren of(String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException("siren.required");
		}
		String digits = SEPARATORS.matcher(input).replaceAll("");
		if (!NINE_DIGITS.matcher(digits).matches() || !Luhn.isValid(digits)) {
			throw new InvalidValueException("siren.invalid");
		}
		return new Siren(digits);
	}

	/** Nine digits, no space. */
	public String value() {
		return value;
	}

	/** Grouped by three for reading: {@code 732 829 320}. */
	public String formatted() {
		return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof Siren siren && value.equals(siren.value);
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
