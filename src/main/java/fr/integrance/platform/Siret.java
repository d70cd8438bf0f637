package fr.integrance.platform;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * An establishment's SIRET number: fourteen digits, the company's {@link Siren} followed
 * by the establishment's five-digit NIC, passing the Luhn check (RULES.md §5). La Poste's
 * establishments (SIREN {@code 356000000}) are too many for Luhn's single check digit:
 * theirs pass when the sum of the fourteen digits is a multiple of 5 (or Luhn, which its
 * siège {@code 35600000000048} passes). Public in the SIRENE register, so
 * {@link #toString()} shows it.
 */
public final class Siret extends TextValue {

	private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.]");

	private Siret(String value) {
		super(value);
	}

	/**
	 * The SIRET written in {@code input}, spaces and dots allowed.
	 * @throws InvalidValueException {@code siret.required} when blank,
	 * {@code siret.invalid} otherwise
	 */
	public static Siret of(@Nullable String input) {
		String digits = compact(input, SEPARATORS, "siret.required");
		if (!FOURTEEN_DIGITS.matcher(digits).matches() || !validSiren(digits.substring(0, 9)) || !validCheck(digits)) {
			throw new InvalidValueException("siret.invalid");
		}
		return new Siret(digits);
	}

	private static boolean validSiren(String siren) {
		return Luhn.isValid(siren);
	}

	private static boolean validCheck(String siret) {
		// La Poste's own siège (356 000 000 00048) is an ordinary Luhn number: either
		// check passes.
		return Luhn.isValid(siret) || siret.startsWith(Siren.LA_POSTE) && Luhn.digitSum(siret) % 5 == 0;
	}

	/** The company this establishment belongs to. */
	public Siren siren() {
		return Siren.of(value().substring(0, 9));
	}

	/** The establishment's internal number (NIC), the last five digits. */
	public String nic() {
		return value().substring(9);
	}

	/** Grouped for reading: {@code 732 829 320 00074}. */
	public String formatted() {
		return value().substring(0, 3) + " " + value().substring(3, 6) + " " + value().substring(6, 9) + " "
				+ value().substring(9);
	}

}
