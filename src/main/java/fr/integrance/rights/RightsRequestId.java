package fr.integrance.rights;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** Technical id of a rights request; prints as the UUID. */
public record RightsRequestId(UUID value) implements TypedId {

	public RightsRequestId {
		Objects.requireNonNull(value, "value");
	}

	public static RightsRequestId random() {
		return new RightsRequestId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
