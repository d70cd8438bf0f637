package fr.integrance.breaches;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** The id of a breach of the register. */
public record BreachId(UUID value) implements TypedId {

	public BreachId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
