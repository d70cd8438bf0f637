package fr.integrance.people;

import java.time.LocalDate;

import fr.integrance.platform.PersonName;

/** What a list of people shows: name, birth date and where they live (postal code and city may be null). */
public record PersonSummary(PersonId id, PersonName name, LocalDate birthDate, String postalCode, String city) {

	@Override
	public String toString() {
		return "PersonSummary[id=" + id + ", name=" + name + "]";
	}
}
