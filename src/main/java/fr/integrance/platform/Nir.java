package fr.integrance.platform;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * A French social security number (NIR, <i>numéro d'inscription au répertoire</i>),
 * checked against its key (RULES.md §5).
 * <p>
 * Fifteen characters once spaces and dots are removed: sex (1), year (2), month (2),
 * department (2, {@code 2A}/{@code 2B} for Corsica), commune (3), order (3), key (2). The
 * key is {@code 97 - (first 13 digits mod 97)}, the Corsican departments read as 19
 * ({@code 2A}) and 18 ({@code 2B}). What real registers hold is accepted even when it
 * looks odd: months 20 to 42 and 50 to 99 (incomplete civil records), department 99 (born
 * abroad), and temporary numbers whose first digit is 7 or 8.
 * <p>
 * Immutable; {@link #toString()} masks the number ({@code 2 95 10 ** *** *** 93}).
 */
public final class Nir extends TextValue {

	/**
	 * Sex 1-4 (3 and 4 on old provisional numbers), 7-8 temporary; the month is checked
	 * apart.
	 */
	private static final Pattern SHAPE = Pattern.compile("[123478]\\d{4}(?:\\d{2}|2A|2B)\\d{8}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\u00A0\\u202F]");

	private Nir(String value) {
		super(value);
	}

	/**
	 * The NIR written in {@code input}, with or without spaces and dots, in either case.
	 * @throws InvalidValueException {@code nir.required} when blank, {@code nir.invalid}
	 * when malformed or when the key does not match
	 */
	public static Nir parse(@Nullable String input) {
		String candidate = compact(input, SEPARATORS, "nir.required");
		if (candidate.length() != 15 || !SHAPE.matcher(candidate).matches() || !validMonth(candidate)
				|| key(candidate) != Integer.parseInt(candidate.substring(13))) {
			throw new InvalidValueException("nir.invalid");
		}
		return new Nir(candidate);
	}

	/** True when {@code input} is a valid NIR; never throws. */
	public static boolean isValid(@Nullable String input) {
		return InvalidValueException.passes(() -> parse(input));
	}

	/**
	 * The key of the first 13 characters of {@code nir}: {@code 97 - (n mod 97)},
	 * Corsica's {@code 2A}/{@code 2B} read as 19/18. Exposed for the tests that generate
	 * numbers.
	 */
	static int key(String nir) {
		String digits = nir.substring(0, 5) + corsicaAsDigits(nir.substring(5, 7)) + nir.substring(7, 13);
		return (int) (97 - Long.parseLong(digits) % 97);
	}

	private static String corsicaAsDigits(String department) {
		return switch (department) {
			case "2A" -> "19";
			case "2B" -> "18";
			default -> department;
		};
	}

	/**
	 * 01-12 are calendar months; 20-42 and 50-99 are given when the civil record lacks
	 * the month.
	 */
	private static boolean validMonth(String nir) {
		int month = Integer.parseInt(nir.substring(3, 5));
		return month >= 1 && month <= 12 || month >= 20 && month <= 42 || month >= 50;
	}

	/**
	 * Fifteen characters, upper-case, no separator: the form to store and to blind-index.
	 */
	public String normalised() {
		return value();
	}

	/**
	 * The whole number grouped for a person to read it: {@code 2 95 10 99 126 111 93}.
	 */
	public String formatted() {
		return String.join(" ", value().substring(0, 1), value().substring(1, 3), value().substring(3, 5),
				value().substring(5, 7), value().substring(7, 10), value().substring(10, 13), value().substring(13));
	}

	/**
	 * Sex, year and month of birth and the key, the place and order hidden:
	 * {@code 2 95 10 ** *** *** 93}. Enough for a person to recognise their number.
	 */
	public String masked() {
		return String.join(" ", value().substring(0, 1), value().substring(1, 3), value().substring(3, 5), "**", "***",
				"***", value().substring(13));
	}

	/**
	 * A temporary number (first digit 7 or 8), given until the definitive one is known.
	 */
	public boolean isTemporary() {
		return value().charAt(0) == '7' || value().charAt(0) == '8';
	}

	/** Masked: a NIR must never reach a log in full. */
	@Override
	public String toString() {
		return masked();
	}

}
