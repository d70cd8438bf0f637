package fr.integrance.retention;

import java.util.Objects;
import java.util.UUID;

/**
 * A record whose retention a clock measures: its kind (the module's aggregate) and its
 * technical id.
 */
public record RetainedRecord(Kind kind, UUID id) {

	public enum Kind {

		/** An individual contract (contracts module). */
		INDIVIDUAL_CONTRACT,
		/** An employee's affiliation to a group contract (contracts module). */
		AFFILIATION

	}

	public RetainedRecord {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}

	@Override
	public String toString() {
		return kind + "#" + id;
	}

}
