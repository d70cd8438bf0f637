package fr.integrance.documents;

import java.util.Objects;
import java.util.UUID;

/** The id of a {@code space} of a document space. */
public record SpaceId(UUID value) {

	public SpaceId {
		Objects.requireNonNull(value, "value");
	}

	public static SpaceId of(String value) {
		return new SpaceId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
