package fr.integrance.contracts;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** Technical id; prints as the UUID. */
public record RepresentationId(UUID value) implements TypedId {

	public RepresentationId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws IllegalArgumentException when {@code text} is not a UUID
	 */
	public static RepresentationId of(String text) {
		return new RepresentationId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
