package fr.integrance.documents;

import java.util.Objects;
import java.util.UUID;

/** The id of a {@code document} of a document space. */
public record DocumentId(UUID value) {

	public DocumentId {
		Objects.requireNonNull(value, "value");
	}

	public static DocumentId of(String value) {
		return new DocumentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
