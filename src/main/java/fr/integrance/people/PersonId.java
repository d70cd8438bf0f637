package fr.integrance.people;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/**
 * The technical id of a person; meaningless outside the platform, so it prints as it is.
 */
public record PersonId(UUID value) implements TypedId {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @throws IllegalArgumentException when {@code text} is not a UUID
	 */
	public static PersonId of(String text) {
		return new PersonId(UUID.fromString(text));
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
