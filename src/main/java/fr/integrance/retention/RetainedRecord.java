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
		AFFILIATION,
		/**
		 * A prospect (requests module): one clock per sender, moved by each case they
		 * sent that was decided without a contract; its id is derived from the sender's
		 * journal reference ({@code PERSON:…}, or {@code EMAIL:} and the address's
		 * SHA-256), never the address.
		 */
		PROSPECT

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
