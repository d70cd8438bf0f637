package fr.integrance.employerspace;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.DependantType;
import fr.integrance.people.PersonId;
import fr.integrance.platform.PersonName;

/**
 * A dependant of an affiliate, covered from a date until another (null: still covered).
 */
public record AffiliateDependant(PersonId person, PersonName name, LocalDate birthDate, DependantType type,
		LocalDate from, @Nullable LocalDate until) {

	@Override
	public String toString() {
		return "AffiliateDependant[person=" + person + ", type=" + type + "]";
	}

}
