package fr.integrance.audit.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.jspecify.annotations.Nullable;

import fr.integrance.audit.AuditJournalVerifier;
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.VerificationReport.Reason;

/**
 * Checks the whole journal and reports the first broken entry.
 * <p>
 * Entries are read in sequence order by pages of bounded size, each page by its own short
 * query, so memory stays flat and no long transaction holds back the database while other
 * nodes keep appending. The chain head is read first: entries appended after it are left
 * to the next run, and entries beyond the head at the end are reported as inserted.
 * <p>
 * On PostgreSQL the application cannot change or delete entries (triggers of migration
 * V21, see {@code db.migration.V21__audit_journal_append_only}). Tests that tamper with
 * the journal on purpose must therefore bypass the triggers on their own connection: as a
 * superuser with {@code SET session_replication_role = replica} (then {@code RESET}), or
 * with {@code ALTER TABLE audit_entry DISABLE TRIGGER USER} (then {@code ENABLE}). On H2
 * there is no such guard and plain UPDATE and DELETE statements work.
 */
@Service
@RequiredArgsConstructor
class JournalVerifier implements AuditJournalVerifier {

	private static final Logger log = LoggerFactory.getLogger(JournalVerifier.class);

	static final int PAGE_SIZE = 1000;

	private final JournalStore store;

	@Override
	public VerificationReport verify() {
		return verify(PAGE_SIZE);
	}

	VerificationReport verify(int pageSize) {
		VerificationReport report = check(pageSize);
		if (report.ok()) {
			log.info("Audit journal intact: {} entries", report.entriesChecked());
		}
		else {
			log.warn("Audit journal broken at entry {}: {}", report.firstBrokenSequence(), report.reason());
		}
		return report;
	}

	private VerificationReport check(int pageSize) {
		ChainHead head = store.head();
		long expected = 1;
		String previousHash = EntryHasher.GENESIS_HASH;
		@Nullable String hashBeforePrevious = null;
		long after = 0;
		List<AuditEntry> page = store.page(after, head.lastSequence(), pageSize);
		while (!page.isEmpty()) {
			for (AuditEntry entry : page) {
				VerificationReport broken = checkEntry(entry, expected, previousHash, hashBeforePrevious);
				if (broken != null) {
					return broken;
				}
				hashBeforePrevious = previousHash;
				previousHash = entry.entryHash();
				expected++;
			}
			after = page.get(page.size() - 1).sequence();
			page = store.page(after, head.lastSequence(), pageSize);
		}
		long checked = expected - 1;
		if (checked < head.lastSequence()) {
			return VerificationReport.broken(expected, Reason.TRUNCATED);
		}
		if (!previousHash.equals(head.lastHash())) {
			return VerificationReport.broken(Math.max(1, head.lastSequence()), Reason.HEAD_MISMATCH);
		}
		JournalStore.Tail tail = store.tail();
		if (tail.highestSequence() > tail.headSequence()) {
			return VerificationReport.broken(tail.headSequence() + 1, Reason.INSERTED);
		}
		return VerificationReport.intact(checked);
	}

	/**
	 * Checks one entry against its expected position and its predecessor, or returns null
	 * when it is intact. Order of the tests matters: each explains what the earlier ones
	 * left open.
	 */
	private static @Nullable VerificationReport checkEntry(AuditEntry entry, long expected, String previousHash,
			@Nullable String hashBeforePrevious) {
		if (entry.sequence() != expected) {
			return VerificationReport.broken(expected, Reason.SEQUENCE_GAP);
		}
		boolean linked = entry.previousHash().equals(previousHash);
		boolean hashMatches = entry.hashMatchesContent();
		if (linked && hashMatches) {
			return null;
		}
		if (!linked && hashBeforePrevious != null && entry.previousHash().equals(hashBeforePrevious)) {
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

}
