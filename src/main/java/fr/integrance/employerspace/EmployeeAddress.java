package fr.integrance.employerspace;

import org.jspecify.annotations.Nullable;

/**
 * A postal address as typed: two lines (number and street, complement), postal code,
 * city, ISO 3166 country (blank: France). Fields in problems: {@code address.line1},
 * {@code address.postalCode}, {@code address.city}, {@code address.country}.
 */
public record EmployeeAddress(@Nullable String line1, @Nullable String line2, @Nullable String postalCode,
		@Nullable String city, @Nullable String country) {

	@Override
	public String toString() {
		return "EmployeeAddress[***]";
	}

}
