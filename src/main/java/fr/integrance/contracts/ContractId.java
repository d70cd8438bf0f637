package fr.integrance.contracts;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** Technical id; prints as the UUID. */
public record ContractId(UUID value) implements TypedId {

	public ContractId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws IllegalArgumentException when {@code text} is not a UUID
	 */
	public static ContractId of(String text) {
		return new ContractId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
