package fr.integrance.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link AuditJournalVerifier#verify()}. Sequence numbers start at 1 and
 * have no gaps, so a sequence is also the entry's position in the journal.
 *
 * @param entriesChecked entries found intact, in order, before the first broken one (all
 * the entries when the journal is intact)
 * @param firstBrokenSequence position of the first broken entry, 0 when the journal is
 * intact
 * @param reason why that entry is broken, {@code null} when the journal is intact
 */
public record VerificationReport(long entriesChecked, long firstBrokenSequence, @Nullable Reason reason) {

	/**
	 * What the verifier saw at the first broken position. The position is exact; the
	 * reason is the most likely explanation of what was seen, since a forger may combine
	 * several changes.
	 */
	public enum Reason {

		/** The entry's content no longer matches its hash: it was edited. */
		HASH_MISMATCH,
		/** No entry has this sequence while later ones exist: it was deleted. */
		SEQUENCE_GAP,
		/**
		 * The entry was hashed for another position and links to another predecessor:
		 * moved.
		 */
		OUT_OF_ORDER,
		/**
		 * The journal never appended this entry: its successor links past it, or it lies
		 * beyond the chain head.
		 */
		INSERTED,
		/**
		 * The entry's successor is intact but recorded another hash for it: the entry was
		 * rewritten and its hash recomputed.
		 */
		CHAIN_BREAK,
		/**
		 * The chain head records entries from here on that the table lacks: the tail was
		 * cut.
		 */
		TRUNCATED,
		/**
		 * The last entry's hash is not the one the chain head recorded: it was rewritten.
		 */
		HEAD_MISMATCH,
		/**
		 * An unkeyed (plain SHA-256) entry after keyed ones: a keyed entry was rewritten
		 * by someone without the MAC key, who fell back on the old scheme.
		 */
		UNKEYED_AFTER_KEYED,
		/**
		 * The entry is not the one a signed checkpoint, kept outside the database,
		 * vouches for at this position: the chain was rewritten or cut and regrown.
		 */
		CHECKPOINT_MISMATCH,
		/**
		 * The chain ends before the position of a signed checkpoint: its tail was cut and
		 * the head rewound.
		 */
		REWOUND,
		/**
		 * The latest checkpoint outside the database does not carry a valid signature.
		 */
		CHECKPOINT_FORGED

	}

	public VerificationReport {
		if (entriesChecked < 0 || firstBrokenSequence < 0) {
			throw new IllegalArgumentException("counts are not negative");
		}
		if ((reason == null) != (firstBrokenSequence == 0)) {
			throw new IllegalArgumentException("a broken position comes with a reason, and only then");
		}
	}

	/** A journal whose {@code entries} entries are all intact. */
	public static VerificationReport intact(long entries) {
		return new VerificationReport(entries, 0, null);
	}

	/** A journal broken at {@code sequence}, intact before it. */
	public static VerificationReport broken(long sequence, Reason reason) {
		return new VerificationReport(sequence - 1, sequence, Objects.requireNonNull(reason, "reason"));
	}

	/**
	 * True when every entry is intact, in order, and the chain head agrees with the last
	 * one.
	 */
	public boolean ok() {
		return reason == null;
	}
}
