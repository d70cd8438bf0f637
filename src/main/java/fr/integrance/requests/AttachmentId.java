package fr.integrance.requests;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/**
 * Technical id of a file sent with a request, also its only name on disk. Serialisable: a
 * form keeps its files between steps in the HTTP session.
 */
public record AttachmentId(UUID value) implements TypedId, Serializable {

	public AttachmentId {
		Objects.requireNonNull(value, "value");
	}

	public static AttachmentId random() {
		return new AttachmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
