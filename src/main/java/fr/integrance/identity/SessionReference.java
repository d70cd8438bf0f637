package fr.integrance.identity;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/**
 * Names one session of an account on "my sessions": derived from the session id by a
 * hash, useless as a cookie (a page never shows a session id, the bearer secret).
 */
public record SessionReference(UUID value) implements TypedId {

	public SessionReference {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
