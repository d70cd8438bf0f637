package fr.integrance.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.PersonName;

/**
 * What a list of people shows: name, birth date and where they live (postal code and city
 * may be null); {@code restricted} when the processing of their data is restricted (GDPR
 * art. 18).
 */
public record PersonSummary(PersonId id, PersonName name, LocalDate birthDate, @Nullable String postalCode,
		@Nullable String city, boolean restricted) {

	@Override
	public String toString() {
		return "PersonSummary[id=" + id + ", name=" + name + "]";
	}
}
