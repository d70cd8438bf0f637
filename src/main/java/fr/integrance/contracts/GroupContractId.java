package fr.integrance.contracts;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** Technical id; prints as the UUID. */
public record GroupContractId(UUID value) implements TypedId {

	public GroupContractId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws IllegalArgumentException when {@code text} is not a UUID
	 */
	public static GroupContractId of(String text) {
		return new GroupContractId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
