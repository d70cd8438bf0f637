package fr.integrance.identity;

import java.util.Objects;

/**
 * A SIRET, the 14-digit number of an establishment: a valid SIREN followed by 5 digits,
 * the whole checked with the Luhn algorithm, except La Poste's establishments (SIREN
 * 356000000) whose digit sum is a multiple of 5 instead (RULES.md §5). Spaces and dots
 * typed by a person are ignored.
 */
public final class Siret {

	static final String LA_POSTE_SIREN = "356000000";

	private final String value;

	private Siret(String value) {
		this.value = value;
	}

	/**
	 * @throws IllegalArgumentException when the text is not a valid SIRET
	 */
	public static Siret of(String text) {
		String digits = Siren.normalise(text);
		if (!isValid(digits)) {
			throw new IllegalArgumentException("Invalid SIRET");
		}
		return new Siret(digits);
	}

	/** True when the text, once spaces and dots are removed, is a valid SIRET. */
	public static boolean isValid(String text) {
		String digits = Siren.normalise(text);
		if (!digits.matches("\\d{14}") || !Siren.isValid(digits.substring(0, 9))) {
			return false;
		}
		if (digits.startsWith(LA_POSTE_SIREN)) {
			return digits.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		return Luhn.isValid(digits);
	}

	public String value() {
		return value;
	}

	/** The SIREN of the company the establishment belongs to. */
	public Siren siren() {
		return Siren.of(value.substring(0, 9));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Siret siret && siret.value.equals(value);
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
