package fr.integrance.documents;

import java.util.Objects;
import java.util.UUID;

/** The id of a {@code folder} of a document space. */
public record FolderId(UUID value) {

	public FolderId {
		Objects.requireNonNull(value, "value");
	}

	public static FolderId of(String value) {
		return new FolderId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
