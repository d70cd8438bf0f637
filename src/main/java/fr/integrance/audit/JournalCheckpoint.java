package fr.integrance.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed statement of where the journal's chain ended: the head's sequence and link
 * (MAC), when, and an ED25519 signature over these three. Written outside the database
 * ({@link JournalCheckpoints}), it lets the verifier notice a chain that was cut and
 * rewound, or rewritten from the start, which the database alone cannot show.
 * <p>
 * Stored as one line of text,
 * {@code 1 <sequence> <link> <time ISO-8601> <signature base64url>}, so that an outside
 * tool can check a journal export against it.
 *
 * @param sequence the head's sequence (at least 1)
 * @param link the head entry's stored link ({@code entry_hash})
 * @param at when the checkpoint was taken
 * @param signature the signature of {@link #signedBytes()}
 */
public record JournalCheckpoint(long sequence, String link, Instant at, byte[] signature) {

	private static final Pattern LINK = Pattern.compile("[A-Za-z0-9_-]{1,100}");

	private static final String FORMAT = "1";

	public JournalCheckpoint {
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(signature, "signature");
		if (sequence < 1 || !LINK.matcher(link).matches()) {
			throw new IllegalArgumentException("a checkpoint names an entry (sequence from 1) and its link");
		}
		signature = signature.clone();
	}

	/** The bytes the signature covers. */
	public byte[] signedBytes() {
		return signedBytes(sequence, link, at);
	}

	/** The bytes a checkpoint of these values is signed over. */
	public static byte[] signedBytes(long sequence, String link, Instant at) {
		return ("integrance-audit-checkpoint-v1\n" + sequence + "\n" + link + "\n" + at)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Override
	public byte[] signature() {
		return signature.clone();
	}

	/** The stored line, without a line break. */
	public String toLine() {
		return FORMAT + ' ' + sequence + ' ' + link + ' ' + at + ' '
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
	}

	/**
	 * Reads a stored line.
	 * @throws IllegalArgumentException when it is not one
	 */
	public static JournalCheckpoint parse(String line) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 5 || !FORMAT.equals(parts[0])) {
			throw new IllegalArgumentException("not a journal checkpoint line");
		}
		try {
			return new JournalCheckpoint(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]),
					Base64.getUrlDecoder().decode(parts[4]));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("not a journal checkpoint line", ex);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof JournalCheckpoint that && sequence == that.sequence && link.equals(that.link)
				&& at.equals(that.at) && java.util.Arrays.equals(signature, that.signature);
	}

	@Override
	public int hashCode() {
		return Objects.hash(sequence, link, at, java.util.Arrays.hashCode(signature));
	}

	@Override
	public String toString() {
		return "JournalCheckpoint[" + sequence + ", " + link + ", " + at + "]";
	}

}
