package fr.integrance.employerspace.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.employerspace.Termination;

/** A termination done, with the portability it opened (null: none). */
public record TerminationView(UUID id, String status, @Nullable LocalDate endDate, @Nullable String terminationReason,
		@Nullable LocalDate portabilityFrom, @Nullable LocalDate portabilityUntil) {

	static TerminationView of(Termination termination) {
		var affiliation = termination.affiliation();
		var portability = termination.portability();
		return new TerminationView(affiliation.id().value(), affiliation.status().name(), affiliation.endDate(),
				affiliation.terminationReason() == null ? null : affiliation.terminationReason().name(),
				portability == null ? null : portability.from(), portability == null ? null : portability.until());
	}

}
