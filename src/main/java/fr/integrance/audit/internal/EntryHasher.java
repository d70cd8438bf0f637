package fr.integrance.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hash of a journal entry: SHA-256 over a canonical encoding of its sequence, every
 * field and the previous entry's hash, so that editing, moving or re-linking an entry
 * changes it.
 * <p>
 * Encoding, version 1 (written here so that an outside tool can re-verify a journal
 * export), all integers big-endian:
 * <ol>
 * <li>the text {@code integrance-audit-entry-v1} as a field (below);</li>
 * <li>the sequence as a 64-bit integer;</li>
 * <li>the time as seconds since the epoch (64-bit) then nanoseconds (32-bit);</li>
 * <li>actor, action, subject ref, object ref, purpose, outcome and previous hash, each as
 * a field: its UTF-8 byte length as a 32-bit integer followed by the bytes, or the length
 * -1 alone for an absent value.</li>
 * </ol>
 * The length prefixes make the encoding unambiguous: no two different entries share a
 * byte string (moving a character from one field to the next, or an empty value versus an
 * absent one, changes it). The result is 64 lower-case hex digits.
 * <p>
 * This unkeyed hash is version 1, kept to verify the entries written before the keyed
 * chain: anyone can recompute it, so it cannot show a rewritten chain. Entries since are
 * linked by {@link EntryLinks} (version 2), over the same encoding under another domain
 * text.
 */
final class EntryHasher {

	/** The "previous hash" of the first entry. */
	static final String GENESIS_HASH = "0".repeat(64);

	static final String DOMAIN = "integrance-audit-entry-v1";

	private EntryHasher() {
	}

	static String hash(long sequence, Instant recordedAt, String actor, String action, @Nullable String subjectRef,
			@Nullable String objectRef, @Nullable String purpose, String outcome, String previousHash) {
		return HexFormat.of()
			.formatHex(sha256(canonical(DOMAIN, sequence, recordedAt, actor, action, subjectRef, objectRef, purpose,
					outcome, previousHash)));
	}

	static byte[] canonical(String domain, long sequence, Instant recordedAt, String actor, String action,
			@Nullable String subjectRef, @Nullable String objectRef, @Nullable String purpose, String outcome,
			String previousHash) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
			DataOutputStream out = new DataOutputStream(bytes);
			field(out, domain);
			out.writeLong(sequence);
			out.writeLong(recordedAt.getEpochSecond());
			out.writeInt(recordedAt.getNano());
			field(out, actor);
			field(out, action);
			field(out, subjectRef);
			field(out, objectRef);
			field(out, purpose);
			field(out, outcome);
			field(out, previousHash);
			out.flush();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			// A ByteArrayOutputStream does not fail; the checked exception is only the
			// stream's contract.
			throw new UncheckedIOException(ex);
		}
	}

	private static void field(DataOutputStream out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime provides SHA-256", ex);
		}
	}

}
