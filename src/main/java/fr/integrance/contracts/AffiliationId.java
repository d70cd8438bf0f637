package fr.integrance.contracts;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** Technical id; prints as the UUID. */
public record AffiliationId(UUID value) implements TypedId {

	public AffiliationId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws IllegalArgumentException when {@code text} is not a UUID
	 */
	public static AffiliationId of(String text) {
		return new AffiliationId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
