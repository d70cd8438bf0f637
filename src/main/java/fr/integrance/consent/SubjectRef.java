package fr.integrance.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Whose choice a consent record keeps: an anonymous visitor (the random id of his consent
 * cookie), a known person (the id the people module gives), or someone known only by an
 * e-mail address (a prospect ticking the marketing box of the subscription form, who is
 * no person yet). Stored as {@code VISITOR:<uuid>}, {@code PERSON:<id>} or
 * {@code EMAIL:<sha-256 hex>}: the address itself is never stored, only its digest once
 * trimmed and lower-cased, so that the same address finds the same records.
 * {@link #toString()} hides the id so that a log line never carries it.
 */
public record SubjectRef(Kind kind, String id) {

	private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public enum Kind {

		VISITOR, PERSON, EMAIL

	}

	private static final Pattern EMAIL_DIGEST = Pattern.compile("[0-9a-f]{64}");

	public SubjectRef {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		if (kind == Kind.VISITOR) {
			id = UUID.fromString(id).toString();
		}
		else if (kind == Kind.EMAIL) {
			if (!EMAIL_DIGEST.matcher(id).matches()) {
				throw new IllegalArgumentException("An e-mail subject is the SHA-256 hex digest of the address");
			}
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

	/**
	 * Someone known by an e-mail address: the digest of the address, trimmed and
	 * lower-cased.
	 */
	public static SubjectRef email(String address) {
		if (address == null || address.isBlank()) {
			throw new IllegalArgumentException("An e-mail subject needs an address");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return new SubjectRef(Kind.EMAIL, HexFormat.of().formatHex(digest));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	/**
	 * Reads the stored form {@code VISITOR:<uuid>}, {@code PERSON:<id>} or
	 * {@code EMAIL:<digest>}.
	 */
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
