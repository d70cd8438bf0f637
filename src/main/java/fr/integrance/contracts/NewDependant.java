package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.Objects;

import fr.integrance.people.PersonId;

/** A dependant to cover from a date (not before the contract starts). */
public record NewDependant(PersonId person, DependantType type, LocalDate from) {

	public NewDependant {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(from, "from");
	}
}
