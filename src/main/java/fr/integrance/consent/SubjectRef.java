package fr.integrance.consent;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Whose choice a consent record keeps: an anonymous visitor (the random id of his consent cookie)
 * or a known person (the id the people module gives). Stored as {@code VISITOR:<uuid>} or
 * {@code PERSON:<id>}; {@link #toString()} hides the id so that a log line never carries it.
 */
public record SubjectRef(Kind kind, String id) {

	private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public enum Kind {
		VISITOR, PERSON
	}

	public SubjectRef {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		if (kind == Kind.VISITOR) {
			id = UUID.fromString(id).toString();
		}
		else if (!PERSON_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("A person id is 1 to 64 letters, digits, '-' or '_'");
		}
	}

	public static SubjectRef visitor(UUID visitorId) {
		return new SubjectRef(Kind.VISITOR, visitorId.toString());
	}

	public static SubjectRef person(String personId) {
		return new SubjectRef(Kind.PERSON, personId);
	}

	/** Reads the stored form {@code VISITOR:<uuid>} or {@code PERSON:<id>}. */
	public static SubjectRef parse(String value) {
		int colon = value == null ? -1 : value.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("Not a subject reference");
		}
		return new SubjectRef(Kind.valueOf(value.substring(0, colon)), value.substring(colon + 1));
	}

	/** The stored form, e.g. {@code VISITOR:0f8c…}. */
	public String value() {
		return kind + ":" + id;
	}

	@Override
	public String toString() {
		return kind + ":…";
	}
}
