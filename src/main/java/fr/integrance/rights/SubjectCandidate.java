package fr.integrance.rights;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person the requester may be, for staff to choose after a check.
 *
 * @param person the person's id
 * @param name their full name
 * @param birthDate their birth date
 * @param city where they live, or null
 */
public record SubjectCandidate(UUID person, String name, LocalDate birthDate, @Nullable String city) {

	@Override
	public String toString() {
		return "SubjectCandidate[" + person + "]";
	}
}
