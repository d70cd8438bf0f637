package fr.integrance.identity;

import java.util.Objects;

/**
 * A SIREN, the 9-digit number of a French company, checked with the Luhn algorithm
 * (RULES.md §5). Spaces and dots typed by a person are ignored.
 */
public final class Siren {

	private final String value;

	private Siren(String value) {
		this.value = value;
	}

	/**
	 * @throws IllegalArgumentException when the text is not a valid SIREN
	 */
	public static Siren of(String text) {
		String digits = normalise(text);
		if (!isValid(digits)) {
			throw new IllegalArgumentException("Invalid SIREN");
		}
		return new Siren(digits);
	}

	/** True when the text, once spaces and dots are removed, is a valid SIREN. */
	public static boolean isValid(String text) {
		String digits = normalise(text);
		return digits.matches("\\d{9}") && Luhn.isValid(digits);
	}

	static String normalise(String text) {
		return text == null ? "" : text.replaceAll("[\\s.]", "");
	}

	public String value() {
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Siren siren && siren.value.equals(value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(value);
	}

	@Override
	public String toString() {
		return value;
	}

}
