package fr.integrance.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who a rights request or a retention sweep is about: a kind and a technical id (a person
 * id, an account id, a visitor's pseudonymous id). {@link #toString()} prints the kind
 * and a short digest of the id only, so that a reference logged by mistake reveals
 * nothing even when the id is an e-mail.
 */
public record DataSubjectRef(Kind kind, String id) {

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

	public static DataSubjectRef account(String id) {
		return new DataSubjectRef(Kind.ACCOUNT, id);
	}

	public static DataSubjectRef visitor(String id) {
		return new DataSubjectRef(Kind.VISITOR, id);
	}

	public static DataSubjectRef email(String address) {
		return new DataSubjectRef(Kind.EMAIL, address);
	}

	@Override
	public String toString() {
		return "DataSubjectRef[" + kind + " #" + digest(id) + "]";
	}

	private static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}
}
