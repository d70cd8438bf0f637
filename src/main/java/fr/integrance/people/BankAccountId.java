package fr.integrance.people;

import java.util.Objects;
import java.util.UUID;

/** The technical id of a bank account. */
public record BankAccountId(UUID value) {

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
