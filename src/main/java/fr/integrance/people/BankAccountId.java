package fr.integrance.people;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** The technical id of a bank account. */
public record BankAccountId(UUID value) implements TypedId {

	public BankAccountId {
		Objects.requireNonNull(value, "value");
	}

	public static BankAccountId of(String text) {
		return new BankAccountId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
