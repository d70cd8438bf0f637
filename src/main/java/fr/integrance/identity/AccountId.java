package fr.integrance.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** Identifier of an account (a login), never the person's name or e-mail. */
public record AccountId(UUID value) implements Serializable, TypedId {

	private static final long serialVersionUID = 1L;

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * Parses an id from a URL; an id that is not a UUID is simply unknown, hence empty.
	 */
	public static java.util.Optional<AccountId> parse(String text) {
		try {
			return java.util.Optional.of(new AccountId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return java.util.Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
