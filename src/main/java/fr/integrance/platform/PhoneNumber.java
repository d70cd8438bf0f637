package fr.integrance.platform;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

import org.jspecify.annotations.Nullable;

/**
 * A telephone number checked by libphonenumber (RULES.md §5): a number without country
 * code is read as French unless another region is given. Stored in E.164
 * ({@code +33612345678}), shown in the national format ({@code 06 12 34 56 78}) or the
 * international one for foreign numbers.
 * <p>
 * Immutable; {@link #toString()} masks all but the country code and the last two digits.
 */
public final class PhoneNumber {

	/** The region assumed for numbers written without country code. */
	public static final String DEFAULT_REGION = "FR";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/**
	 * Overseas departments and collectivities dialled in France with a leading 0 and ten
	 * digits (0590… Guadeloupe, 0262… La Réunion): libphonenumber files them under their
	 * own region, so a number that is not valid in metropolitan France is tried in each
	 * of them.
	 */
	private static final List<String> FRENCH_OVERSEAS = List.of("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF");

	private final String e164;

	private final int countryCode;

	private final String regionCode;

	/** libphonenumber's parsed form, kept (never handed out) rather than parsed again. */
	private final Phonenumber.PhoneNumber number;

	/**
	 * {@link #display()}, formatted once: a page shows the number as often as it likes.
	 */
	private final String display;

	private PhoneNumber(Phonenumber.PhoneNumber number) {
		this.number = number;
		this.e164 = UTIL.format(number, PhoneNumberFormat.E164);
		this.countryCode = number.getCountryCode();
		this.regionCode = UTIL.getRegionCodeForNumber(number);
		boolean dialledFromFrance = this.regionCode != null
				&& (DEFAULT_REGION.equals(this.regionCode) || FRENCH_OVERSEAS.contains(this.regionCode));
		this.display = dialledFromFrance ? UTIL.format(number, PhoneNumberFormat.NATIONAL)
				: UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
	}

	/**
	 * The number written in {@code input}, French unless it starts with a country code.
	 * @throws InvalidValueException {@code phone.required} when blank,
	 * {@code phone.invalid} when it is not a valid number
	 */
	public static PhoneNumber parse(@Nullable String input) {
		return parse(input, DEFAULT_REGION);
	}

	/**
	 * The number written in {@code input}, read in {@code region} (ISO 3166 alpha-2)
	 * unless it starts with a country code. Also reads back the stored E.164 form.
	 */
	public static PhoneNumber parse(@Nullable String input, String region) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException("phone.required");
		}
		String regionCode = region.toUpperCase(Locale.ROOT);
		Phonenumber.PhoneNumber number = validNumber(input, regionCode);
		if (number == null && DEFAULT_REGION.equals(regionCode)) {
			number = FRENCH_OVERSEAS.stream()
				.map(overseas -> validNumber(input, overseas))
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
		}
		if (number == null) {
			throw new InvalidValueException("phone.invalid");
		}
		return new PhoneNumber(number);
	}

	/**
	 * A number read back from storage: the E.164 form {@link #e164()} gave when it was
	 * written, after {@link #parse} had checked it. It is parsed but not checked again:
	 * libphonenumber's validity check was most of what reading a person cost (4 % of the
	 * member home's CPU, issue 13), and a number valid when written stays readable if the
	 * numbering plans change. Anything else than an E.164 form is read as {@link #parse}
	 * reads it.
	 * @throws InvalidValueException {@code phone.required} when blank,
	 * {@code phone.invalid} when it is not a number
	 */
	public static PhoneNumber stored(@Nullable String e164) {
		if (e164 == null || !e164.startsWith("+")) {
			return parse(e164);
		}
		Phonenumber.PhoneNumber number;
		try {
			number = UTIL.parse(e164, DEFAULT_REGION);
		}
		catch (NumberParseException ex) {
			throw new InvalidValueException("phone.invalid");
		}
		// A number no region claims was never written by parse: read it as parse reads
		// it.
		return UTIL.getRegionCodeForNumber(number) == null ? parse(e164) : new PhoneNumber(number);
	}

	private static Phonenumber.@Nullable PhoneNumber validNumber(String input, String region) {
		try {
			Phonenumber.PhoneNumber number = UTIL.parse(input, region);
			return UTIL.isValidNumber(number) ? number : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	/** E.164, e.g. {@code +33612345678}: the form to store. */
	public String e164() {
		return e164;
	}

	/** National format for display, e.g. {@code 06 12 34 56 78}. */
	public String national() {
		return UTIL.format(number(), PhoneNumberFormat.NATIONAL);
	}

	/** International format, e.g. {@code +33 6 12 34 56 78}. */
	public String international() {
		return UTIL.format(number(), PhoneNumberFormat.INTERNATIONAL);
	}

	/**
	 * The national format for a number reached from France without country code
	 * (metropolitan and the overseas departments above), the international one otherwise.
	 */
	public String display() {
		return display;
	}

	/** ISO 3166 region of the number, e.g. {@code FR}, {@code GP} for Guadeloupe. */
	public String regionCode() {
		return regionCode;
	}

	/** True for a mobile number (or a number that may be one, as in some regions). */
	public boolean isMobile() {
		PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(number());
		return type == PhoneNumberUtil.PhoneNumberType.MOBILE
				|| type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
	}

	private Phonenumber.PhoneNumber number() {
		return number;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof PhoneNumber phone && e164.equals(phone.e164);
	}

	@Override
	public int hashCode() {
		return e164.hashCode();
	}

	/** Masked: {@code +33*******78}. */
	@Override
	public String toString() {
		String prefix = "+" + countryCode;
		int visibleFrom = e164.length() - 2;
		return prefix + "*".repeat(Math.max(0, visibleFrom - prefix.length())) + e164.substring(visibleFrom);
	}

}
