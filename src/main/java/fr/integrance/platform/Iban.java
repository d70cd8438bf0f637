package fr.integrance.platform;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

import org.iban4j.Iban4jException;

/**
 * An International Bank Account Number checked by iban4j: the country's length and
 * structure (ISO 13616; a French IBAN is {@code FR}, two check digits and 23 characters,
 * 27 in all) and the mod-97 check (RULES.md §5).
 * <p>
 * Immutable; {@link #toString()} masks it ({@code FR76 **** **** **** **** **** 189}).
 */
public final class Iban extends TextValue {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F-]");

	private Iban(String value) {
		super(value);
	}

	/**
	 * The IBAN written in {@code input}, with or without spaces, in either case.
	 * @throws InvalidValueException {@code iban.required} when blank,
	 * {@code iban.invalid} otherwise
	 */
	public static Iban parse(@Nullable String input) {
		String candidate = compact(input, SEPARATORS, "iban.required");
		try {
			return new Iban(org.iban4j.Iban.valueOf(candidate).toString());
		}
		catch (Iban4jException ex) {
			// Not chained: iban4j's messages quote the account number.
			throw new InvalidValueException("iban.invalid");
		}
	}

	/** ISO 3166 country code of the account, e.g. {@code FR}. */
	public String countryCode() {
		return value().substring(0, 2);
	}

	/** True for an account held in France. */
	public boolean isFrench() {
		return "FR".equals(countryCode());
	}

	/**
	 * True for an account in the SEPA scheme's countries and territories (EPC list,
	 * 2025), from which a SEPA direct debit can be taken.
	 */
	public boolean isSepa() {
		return SEPA.contains(countryCode());
	}

	private static final java.util.Set<String> SEPA = java.util.Set.of("AD", "AT", "BE", "BG", "CH", "CY", "CZ", "DE",
			"DK", "EE", "ES", "FI", "FR", "GB", "GI", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC",
			"MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "SM", "VA", "AL", "MD", "ME", "MK");

	/**
	 * The whole IBAN grouped by four, as a bank statement prints it, for the account
	 * holder only.
	 */
	public String formatted() {
		return grouped(value());
	}

	/**
	 * Country, check digits and the last three characters, grouped by four:
	 * {@code FR76 **** **** **** **** **** 189}.
	 */
	public String masked() {
		int hiddenUntil = value().length() - 3;
		StringBuilder masked = new StringBuilder(value().substring(0, 4));
		for (int i = 4; i < hiddenUntil; i++) {
			masked.append('*');
		}
		masked.append(value(), hiddenUntil, value().length());
		return grouped(masked.toString());
	}

	private static String grouped(String text) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < text.length(); i += 4) {
			if (i > 0) {
				grouped.append(' ');
			}
			grouped.append(text, i, Math.min(i + 4, text.length()));
		}
		return grouped.toString();
	}

	/** Masked: an account number must never reach a log in full. */
	@Override
	public String toString() {
		return masked();
	}

}
