package fr.integrance.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A line of the disclosure log as the DPO reads it: no personal data, only who sent what
 * kind of data about how many people, to whom, why and under which safeguard.
 */
public record LoggedDisclosure(UUID id, Instant at, String recipient, String purpose, String legalBasis,
		List<String> categories, List<String> fields, int subjects, int records, UUID actor,
		@Nullable String requisition, @Nullable String country, @Nullable String safeguard) {

	public LoggedDisclosure {
		categories = List.copyOf(categories);
		fields = List.copyOf(fields);
	}

}
