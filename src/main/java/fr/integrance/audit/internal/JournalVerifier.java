package fr.integrance.audit.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.jspecify.annotations.Nullable;

import fr.integrance.audit.AuditJournalVerifier;
import fr.integrance.audit.JournalCheckpoint;
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.VerificationReport.Reason;

/**
 * Checks the journal and reports the first broken entry.
 * <p>
 * Entries are read in sequence order by pages of bounded size, each page by its own short
 * query, so memory stays flat and no long transaction holds back the database while other
 * nodes keep appending. The chain head is read first: entries appended after it are left
 * to the next run, and entries beyond the head at the end are reported as inserted.
 * <p>
 * Each entry's link is checked by {@link EntryLinks} (a MAC for keyed entries, so that a
 * rewritten entry cannot be given a fitting link without the key), and the chain is held
 * against the last signed checkpoint kept outside the database
 * ({@link CheckpointSigner}): the entry at the checkpoint's position must be the one it
 * names, and the chain must reach it. That catches a cut tail with a rewound head, which
 * the database alone cannot show.
 * <p>
 * Once the journal's retention has purged its oldest entries
 * ({@link fr.integrance.audit.AuditJournalRetention}), the walk starts after the latest
 * signed segment: the first entry kept must link to the last one purged, as the segment
 * names it; a segment whose signature does not hold is reported as a forged checkpoint.
 * <p>
 * On PostgreSQL and H2 the application cannot change or delete entries (triggers of
 * migrations V21 and V161), except those a recorded segment covers (V308). Tests that
 * tamper with the journal on purpose bypass them on their own connection (see
 * {@code JournalTampering}).
 */
@Service
@RequiredArgsConstructor
class JournalVerifier implements AuditJournalVerifier {

	private static final Logger log = LoggerFactory.getLogger(JournalVerifier.class);

	static final int PAGE_SIZE = 1000;

	private final JournalStore store;

	private final EntryLinks links;

	private final CheckpointSigner checkpoints;

	private final JournalSegments segments;

	@Override
	public VerificationReport verify() {
		return verify(PAGE_SIZE);
	}

	VerificationReport verify(int pageSize) {
		VerificationReport report = run(pageSize, false);
		if (report.ok()) {
			log.info("Audit journal intact: {} entries", report.entriesChecked());
		}
		return report;
	}

	/**
	 * Verifies only the entries from the last signed checkpoint on (all of them when
	 * there is none yet): the cheap check run before each new checkpoint.
	 */
	VerificationReport verifySinceLastCheckpoint() {
		return run(PAGE_SIZE, true);
	}

	private VerificationReport run(int pageSize, boolean sinceCheckpoint) {
		Optional<JournalCheckpoint> checkpoint;
		try {
			checkpoint = checkpoints.latest();
		}
		catch (CheckpointSigner.ForgedCheckpointException ex) {
			return VerificationReport.broken(ex.sequence(), Reason.CHECKPOINT_FORGED);
		}
		return check(pageSize, checkpoint.orElse(null), sinceCheckpoint);
	}

	private VerificationReport check(int pageSize, @Nullable JournalCheckpoint checkpoint, boolean sinceCheckpoint) {
		ChainHead head = store.head();
		Walk walk = new Walk();
		try {
			segments.latest().ifPresent(walk::startAfter);
		}
		catch (JournalSegments.ForgedSegmentException ex) {
			return VerificationReport.broken(ex.sequence(), Reason.CHECKPOINT_FORGED);
		}
		long purged = walk.after;
		if (sinceCheckpoint && checkpoint != null && checkpoint.sequence() <= head.lastSequence()
				&& checkpoint.sequence() > purged) {
			VerificationReport broken = startAt(checkpoint, walk);
			if (broken != null) {
				return broken;
			}
		}
		List<AuditEntry> page = store.page(walk.after, head.lastSequence(), pageSize);
		while (!page.isEmpty()) {
			for (AuditEntry entry : page) {
				VerificationReport broken = checkEntry(entry, walk, checkpoint);
				if (broken != null) {
					return broken;
				}
				walk.advance(entry);
			}
			page = store.page(walk.after, head.lastSequence(), pageSize);
		}
		long checked = walk.expected - 1;
		if (checked < head.lastSequence()) {
			return VerificationReport.broken(walk.expected, Reason.TRUNCATED);
		}
		if (!walk.previousHash.equals(head.lastHash())) {
			return VerificationReport.broken(Math.max(1, head.lastSequence()), Reason.HEAD_MISMATCH);
		}
		if (checkpoint != null && checkpoint.sequence() > checked) {
			return VerificationReport.broken(walk.expected, Reason.REWOUND);
		}
		JournalStore.Tail tail = store.tail();
		if (tail.highestSequence() > tail.headSequence()) {
			return VerificationReport.broken(tail.headSequence() + 1, Reason.INSERTED);
		}
		return VerificationReport.intact(checked - purged);
	}

	/**
	 * Starts the walk at the checkpoint's entry, which must be the one it names and
	 * intact; or returns the break.
	 */
	private @Nullable VerificationReport startAt(JournalCheckpoint checkpoint, Walk walk) {
		List<AuditEntry> first = store.page(checkpoint.sequence() - 1, checkpoint.sequence(), 1);
		if (first.isEmpty()) {
			return VerificationReport.broken(checkpoint.sequence(), Reason.SEQUENCE_GAP);
		}
		AuditEntry entry = first.get(0);
		if (!links.matches(entry)) {
			return VerificationReport.broken(entry.sequence(), Reason.HASH_MISMATCH);
		}
		if (!entry.entryHash().equals(checkpoint.link())) {
			return VerificationReport.broken(entry.sequence(), Reason.CHECKPOINT_MISMATCH);
		}
		walk.expected = entry.sequence();
		walk.previousHash = entry.previousHash();
		walk.advance(entry);
		return null;
	}

	/**
	 * Checks one entry against its expected position, its predecessor and the checkpoint,
	 * or returns null when it is intact. Order of the tests matters: each explains what
	 * the earlier ones left open.
	 */
	private @Nullable VerificationReport checkEntry(AuditEntry entry, Walk walk,
			@Nullable JournalCheckpoint checkpoint) {
		long expected = walk.expected;
		if (entry.sequence() != expected) {
			return VerificationReport.broken(expected, Reason.SEQUENCE_GAP);
		}
		boolean linked = entry.previousHash().equals(walk.previousHash);
		boolean hashMatches = links.matches(entry);
		if (linked && hashMatches) {
			if (walk.keyedSeen && entry.hashVersion() != EntryLinks.KEYED) {
				return VerificationReport.broken(expected, Reason.UNKEYED_AFTER_KEYED);
			}
			if (checkpoint != null && checkpoint.sequence() == expected
					&& !entry.entryHash().equals(checkpoint.link())) {
				return VerificationReport.broken(expected, Reason.CHECKPOINT_MISMATCH);
			}
			return null;
		}
		if (!linked && walk.hashBeforePrevious != null && entry.previousHash().equals(walk.hashBeforePrevious)) {
			// It links to the entry two back: the one in between was slipped in (and the
			// rest renumbered).
			return VerificationReport.broken(expected - 1, Reason.INSERTED);
		}
		if (linked) {
			return VerificationReport.broken(expected, Reason.HASH_MISMATCH);
		}
		if (!hashMatches) {
			return VerificationReport.broken(expected, Reason.OUT_OF_ORDER);
		}
		// Intact itself, but it recorded another predecessor: that predecessor was
		// rewritten (for the first entry, whose predecessor is the fixed genesis value,
		// the entry itself was).
		return VerificationReport.broken(Math.max(1, expected - 1), Reason.CHAIN_BREAK);
	}

	/** Where the walk along the chain stands. */
	private static final class Walk {

		long after;

		long expected = 1;

		String previousHash = EntryHasher.GENESIS_HASH;

		@Nullable String hashBeforePrevious;

		boolean keyedSeen;

		/**
		 * Starts after the last entry the journal's retention purged, as its signed
		 * segment names it.
		 */
		void startAfter(JournalSegments.Stored segment) {
			after = segment.lastPurgedSequence();
			expected = after + 1;
			previousHash = segment.lastPurgedLink();
			hashBeforePrevious = null;
			keyedSeen = segment.lastPurgedVersion() == EntryLinks.KEYED;
		}

		void advance(AuditEntry entry) {
			hashBeforePrevious = previousHash;
			previousHash = entry.entryHash();
			keyedSeen |= entry.hashVersion() == EntryLinks.KEYED;
			after = entry.sequence();
			expected = entry.sequence() + 1;
		}

	}

}
