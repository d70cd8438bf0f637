package fr.integrance.documents;

import java.util.Objects;
import java.util.UUID;

/** One encrypted content in the store (a document version, a request attachment). */
public record ContentId(UUID value) {

	public ContentId {
		Objects.requireNonNull(value, "value");
	}

	public static ContentId random() {
		return new ContentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
