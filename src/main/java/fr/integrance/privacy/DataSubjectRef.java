package fr.integrance.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.integrance.platform.JournalSubject;

/**
 * Who a rights request, a retention sweep, a consent record or an audit entry is about: a
 * kind and a technical id (a person id, an account id, a visitor's pseudonymous id, an
 * e-mail address). {@link #toString()} prints the kind and a short digest of the id only,
 * so that a reference logged by mistake reveals nothing even when the id is an e-mail.
 * <p>
 * {@link #journalRef()} is the one form in which it is stored outside its module: by the
 * audit journal and by the consent records ({@code PERSON:<id>}, {@code ACCOUNT:<id>},
 * {@code VISITOR:<uuid>}, {@code EMAIL:<sha-256 of the address>}).
 */
public record DataSubjectRef(Kind kind, String id) implements JournalSubject {

	/** What an id may look like in a journal reference (never an address, never text). */
	private static final Pattern JOURNAL_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	public enum Kind {

		/**
		 * A person of the people module (member, prospect, dependant, affiliate,
		 * protected adult).
		 */
		PERSON,
		/** A login account (identity module). */
		ACCOUNT,
		/**
		 * A website visitor known only by a pseudonymous id (consent records,
		 * statistics).
		 */
		VISITOR,
		/**
		 * Someone known only by the e-mail address they wrote from (a prospect whose
		 * request was not accepted, the sender of a rights request, a mail recipient);
		 * the id is the address.
		 */
		EMAIL

	}

	public DataSubjectRef {
		Objects.requireNonNull(kind, "kind");
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A data subject reference needs an id");
		}
	}

	public static DataSubjectRef person(String id) {
		return new DataSubjectRef(Kind.PERSON, id);
	}

	public static DataSubjectRef person(UUID id) {
		return person(Objects.requireNonNull(id, "id").toString());
	}

	public static DataSubjectRef account(String id) {
		return new DataSubjectRef(Kind.ACCOUNT, id);
	}

	public static DataSubjectRef account(UUID id) {
		return account(Objects.requireNonNull(id, "id").toString());
	}

	public static DataSubjectRef visitor(String id) {
		return new DataSubjectRef(Kind.VISITOR, id);
	}

	public static DataSubjectRef visitor(UUID id) {
		return visitor(Objects.requireNonNull(id, "id").toString());
	}

	public static DataSubjectRef email(String address) {
		return new DataSubjectRef(Kind.EMAIL, address);
	}

	/**
	 * The id as a UUID when the subject is of that kind and its id is one (person,
	 * account and visitor ids are); empty otherwise, so that a provider asked about
	 * another kind of subject, or a malformed id, simply holds nothing.
	 */
	public Optional<UUID> uuid(Kind expected) {
		if (kind != expected) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The subject as the audit journal and the consent records store it: {@code KIND:id},
	 * a visitor's id in the UUID's usual form, an e-mail address as the SHA-256 of its
	 * trimmed lower-case form, so that the address itself is never stored and the same
	 * address always gives the same reference.
	 * @throws IllegalArgumentException when the id is not an id (a visitor's is not a
	 * UUID; another has characters beyond letters, digits, '.', '-' and '_', or more than
	 * 64 of them)
	 */
	@Override
	public String journalRef() {
		return kind + ":" + switch (kind) {
			case EMAIL -> sha256(id.strip().toLowerCase(Locale.ROOT));
			case VISITOR -> UUID.fromString(id).toString();
			case PERSON, ACCOUNT -> {
				if (!JOURNAL_ID.matcher(id).matches()) {
					throw new IllegalArgumentException("A " + kind + " id is 1 to 64 letters, digits, '.', '-' or '_'");
				}
				yield id;
			}
		};
	}

	@Override
	public String toString() {
		return "DataSubjectRef[" + kind + " #" + sha256(id).substring(0, 8) + "]";
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}
}
