package fr.integrance.people;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** The technical id of a proposed change of a person's bank details. */
public record BankChangeId(UUID value) implements TypedId {

	public BankChangeId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws IllegalArgumentException when {@code text} is not a UUID
	 */
	public static BankChangeId of(String text) {
		return new BankChangeId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
