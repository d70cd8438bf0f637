package fr.integrance.contracts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;

/** A dependant covered by a contract, from a date until another (null: still covered). */
public record Dependant(PersonId person, DependantType type, LocalDate from, @Nullable LocalDate until) {
}
