package fr.integrance.documents;

import java.util.Objects;
import java.util.UUID;

/** The id of a {@code comment} of a document space. */
public record CommentId(UUID value) {

	public CommentId {
		Objects.requireNonNull(value, "value");
	}

	public static CommentId of(String value) {
		return new CommentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
