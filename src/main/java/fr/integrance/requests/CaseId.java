package fr.integrance.requests;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/** Technical id of a case; prints as the UUID (its reference is for people). */
public record CaseId(UUID value) implements TypedId {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
