package fr.integrance.contracts;

import java.util.regex.Pattern;

import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.Luhn;

/**
 * A member number (numéro d'adhérent): nine digits allocated from a database sequence
 * followed by a Luhn check digit, ten digits in all, so that a mistyped digit or two
 * swapped neighbours are caught before any lookup. Spaces are ignored on input.
 * <p>
 * It identifies a person: {@link #toString()} masks all but the last four digits; use
 * {@link #value()} to show it to its holder.
 */
public record MemberNumber(String value) {

	private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\u00A0\\u202F-]");

	public MemberNumber {
		if (value == null || !TEN_DIGITS.matcher(value).matches() || !Luhn.isValid(value)) {
			throw new InvalidValueException("member-number.invalid");
		}
	}

	/**
	 * The member number in {@code input}, spaces, dots and hyphens ignored.
	 * @throws InvalidValueException {@code member-number.required} when blank,
	 * {@code member-number.invalid} when not ten digits or the check digit is wrong
	 */
	public static MemberNumber parse(String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException("member-number.required");
		}
		return new MemberNumber(SEPARATORS.matcher(input).replaceAll(""));
	}

	/** True when {@code input} is a valid member number; never throws. */
	public static boolean isValid(String input) {
		return InvalidValueException.passes(() -> parse(input));
	}

	/**
	 * The number made of {@code serial} (1 to 999,999,999, zero-padded to nine digits)
	 * and its check digit.
	 */
	public static MemberNumber of(long serial) {
		if (serial < 1 || serial > 999_999_999L) {
			throw new IllegalArgumentException("A member serial has nine digits at most");
		}
		String body = String.format("%09d", serial);
		return new MemberNumber(body + checkDigit(body));
	}

	/** The Luhn check digit to append to {@code digits}. */
	static int checkDigit(String digits) {
		return Luhn.checkDigit(digits);
	}

	/** Grouped for reading: {@code 100 000 001 8}. */
	public String formatted() {
		return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 9) + " "
				+ value.substring(9);
	}

	@Override
	public String toString() {
		return "******" + value.substring(6);
	}
}
