package fr.integrance.platform;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

/**
 * A postal address: one to four address lines (complement, building, number and street,
 * locality), a postal code, a city and an ISO 3166 country, France unless said otherwise.
 * A French address needs a {@link PostalCode}; a foreign one may have a code of its
 * country's own shape, or none.
 * <p>
 * Lines and city are kept as written (trimmed, inner runs of spaces collapsed), at most
 * 100 characters each: longer than the 38 of the AFNOR NF Z10-011 print layout, because
 * refusing a person's real address is worse than wrapping it on an envelope. Immutable;
 * {@link #toString()} shows only the postal code and the country.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class PostalAddress {

	public static final String FRANCE = "FR";

	public static final int MAX_LINES = 4;

	public static final int MAX_LINE_LENGTH = 100;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern FOREIGN_POSTAL_CODE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,14}[A-Z0-9]|[A-Z0-9]");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	private final List<String> lines;

	private final String postalCode;

	private final String city;

	private final String country;

	/**
	 * A French address.
	 * @throws InvalidValueException {@code postal-address.lines.invalid},
	 * {@code postal-address.city.invalid}
	 */
	public static PostalAddress french(List<String> lines, PostalCode postalCode, @Nullable String city) {
		Objects.requireNonNull(postalCode, "postalCode");
		return new PostalAddress(validLines(lines), postalCode.value(), validCity(city), FRANCE);
	}

	/**
	 * An address in {@code country} (ISO 3166 alpha-2, {@code FR} when blank).
	 * @param postalCode for France, five digits; elsewhere up to 16 letters, digits,
	 * spaces and hyphens, or blank where the country has none
	 * @throws InvalidValueException {@code postal-address.lines.invalid},
	 * {@code postal-address.city.invalid}, {@code postal-address.country.invalid},
	 * {@code postal-code.required} / {@code postal-code.invalid} (France),
	 * {@code postal-address.postal-code.invalid} (elsewhere)
	 */
	public static PostalAddress of(List<String> lines, @Nullable String postalCode, @Nullable String city,
			@Nullable String country) {
		String countryCode = country == null || country.isBlank() ? FRANCE : country.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(countryCode)) {
			throw new InvalidValueException("postal-address.country.invalid");
		}
		if (FRANCE.equals(countryCode)) {
			return french(lines, PostalCode.of(postalCode), city);
		}
		String code = postalCode == null ? ""
				: SPACES.matcher(postalCode.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
		if (!code.isEmpty() && !FOREIGN_POSTAL_CODE.matcher(code).matches()) {
			throw new InvalidValueException("postal-address.postal-code.invalid");
		}
		return new PostalAddress(validLines(lines), code, validCity(city), countryCode);
	}

	private static List<String> validLines(List<String> lines) {
		if (lines == null) {
			throw new InvalidValueException("postal-address.lines.invalid");
		}
		List<String> kept = lines.stream()
			.filter(line -> line != null && !line.isBlank())
			.map(PostalAddress::tidy)
			.toList();
		if (kept.isEmpty() || kept.size() > MAX_LINES
				|| kept.stream().anyMatch(line -> line.length() > MAX_LINE_LENGTH || CONTROL.matcher(line).find())) {
			throw new InvalidValueException("postal-address.lines.invalid");
		}
		return kept;
	}

	private static String validCity(@Nullable String city) {
		if (city == null || city.isBlank()) {
			throw new InvalidValueException("postal-address.city.invalid");
		}
		String tidy = tidy(city);
		if (tidy.length() > MAX_LINE_LENGTH || CONTROL.matcher(tidy).find()) {
			throw new InvalidValueException("postal-address.city.invalid");
		}
		return tidy;
	}

	private static String tidy(String text) {
		return SPACES.matcher(text.strip()).replaceAll(" ");
	}

	/** The address lines, blank ones dropped, in order. */
	public List<String> lines() {
		return lines;
	}

	/** Five digits in France; elsewhere as the country writes it, possibly empty. */
	public String postalCode() {
		return postalCode;
	}

	/** The postal code as a {@link PostalCode}, for a French address. */
	public Optional<PostalCode> frenchPostalCode() {
		return isFrench() ? Optional.of(PostalCode.of(postalCode)) : Optional.empty();
	}

	public String city() {
		return city;
	}

	/** ISO 3166 alpha-2, e.g. {@code FR}. */
	public String country() {
		return country;
	}

	public boolean isFrench() {
		return FRANCE.equals(country);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof PostalAddress address && lines.equals(address.lines)
				&& postalCode.equals(address.postalCode) && city.equals(address.city)
				&& country.equals(address.country);
	}

	@Override
	public int hashCode() {
		return Objects.hash(lines, postalCode, city, country);
	}

	/** Masked: the street and city stay out of logs. */
	@Override
	public String toString() {
		return "PostalAddress[*** " + (postalCode.isEmpty() ? "" : postalCode + " ") + "*** " + country + "]";
	}

}
