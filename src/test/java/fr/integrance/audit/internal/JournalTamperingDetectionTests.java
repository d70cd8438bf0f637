package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.JournalCheck;
import fr.integrance.audit.JournalCheck.Trigger;
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.VerificationReport.Reason;
import fr.integrance.testsupport.MutableClock;

/**
 * The seven tamperings of issue 11, done as an intruder with the database (triggers
 * switched off or dropped) but without the journal's MAC key, are all found by the watch,
 * which a checkpoint outside the database anchors. The journal holds {@value #SIGNED}
 * entries covered by a signed checkpoint, then {@value #UNSIGNED} more. Tagged
 * "integration": the PostgreSQL suite runs it too.
 */
@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
class JournalTamperingDetectionTests {

	private static final int SIGNED = 30;

	private static final int UNSIGNED = 5;

	private static final int ENTRIES = SIGNED + UNSIGNED;

	/** The key an intruder uses instead of the journal's, which they cannot read. */
	private static final EntryLinks INTRUDER = new EntryLinks(TestSeal.key(666));

	@Autowired
	AuditJournal journal;

	@Autowired
	JournalMonitor monitor;

	@Autowired
	JournalVerifier verifier;

	@Autowired
	JournalTampering tampering;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void recordAJournalWithACheckpoint() {
		tampering.reset();
		record(1, SIGNED);
		assertThat(monitor.verify(Trigger.START_UP).report()).isEqualTo(VerificationReport.intact(SIGNED));
		record(SIGNED + 1, ENTRIES);
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(ENTRIES));
	}

	@AfterEach
	void leaveAnIntactJournal() {
		tampering.reset();
		monitor.verify(Trigger.SCHEDULED);
	}

	@Test
	void oneFieldChanged() {
		tampering.execute("UPDATE audit_entry SET subject_ref = 'person-999' WHERE sequence = 12");

		assertDetected(12, Reason.HASH_MISMATCH);
	}

	@Test
	void aMiddleRowDeleted() {
		tampering.execute("DELETE FROM audit_entry WHERE sequence = 17");

		assertDetected(17, Reason.SEQUENCE_GAP);
	}

	@Test
	void twoRowsSwapped() {
		tampering.swap(8, 9);

		assertDetected(8, Reason.OUT_OF_ORDER);
	}

	@Test
	void aRowInsertedPastTheHead() {
		tampering.insert(INTRUDER.chain(ENTRIES + 1, entry(ENTRIES).recordedAt().plusSeconds(1), event(999),
				entry(ENTRIES).entryHash()));

		assertDetected(ENTRIES + 1, Reason.INSERTED);
	}

	@Test
	void aRowInsertedPastTheHeadWithTheHeadMovedOnto() {
		AuditEntry forged = INTRUDER.chain(ENTRIES + 1, entry(ENTRIES).recordedAt().plusSeconds(1), event(999),
				entry(ENTRIES).entryHash());
		tampering.insert(forged);
		tampering.moveHead(forged);

		assertDetected(ENTRIES + 1, Reason.HASH_MISMATCH);
	}

	@Test
	void theTailTruncated() {
		tampering.execute("DELETE FROM audit_entry WHERE sequence > ?", ENTRIES - 3);

		assertDetected(ENTRIES - 2, Reason.TRUNCATED);
	}

	@Test
	void theTailTruncatedAndTheHeadRewound() {
		// Past the signed checkpoint: only the checkpoint outside the database shows it.
		tampering.execute("DELETE FROM audit_entry WHERE sequence > 20");
		tampering.moveHead(entry(20));

		assertDetected(21, Reason.REWOUND);
	}

	@Test
	void theTailTruncatedAndTheHeadRewoundThenTheJournalKeptAppending() {
		tampering.execute("DELETE FROM audit_entry WHERE sequence > 20");
		tampering.moveHead(entry(20));
		for (int i = 21; i <= ENTRIES + 3; i++) {
			clock.set(AuditTestConfiguration.START.plusSeconds(100 + i));
			journal.record(event(100 + i));
		}

		assertDetected(SIGNED, Reason.CHECKPOINT_MISMATCH);
	}

	@Test
	void oneRowChangedAndAllFollowingLinksRecomputedWithoutTheKey() {
		rewriteFrom(10, INTRUDER);

		assertDetected(10, Reason.HASH_MISMATCH);
	}

	@Test
	void oneRowChangedAndAllFollowingRehashedTheOldUnkeyedWay() {
		rewriteFrom(10, null);

		assertDetected(10, Reason.UNKEYED_AFTER_KEYED);
	}

	@Test
	void theWholeJournalRehashedTheOldUnkeyedWay() {
		// Nothing keyed left for the chain to show: the signed checkpoint does.
		rewriteFrom(1, null);

		assertDetected(SIGNED, Reason.CHECKPOINT_MISMATCH);
	}

	@Test
	void theJournalKeepsRecordingWhileBroken() {
		tampering.execute("UPDATE audit_entry SET subject_ref = 'person-999' WHERE sequence = 12");
		assertDetected(12, Reason.HASH_MISMATCH);

		record(ENTRIES + 1, ENTRIES + 2);

		assertThat(jdbc.sql("SELECT MAX(sequence) FROM audit_entry").query(Long.class).single()).isEqualTo(ENTRIES + 2);
		// The checkpoint run cannot clear a known break, nor sign past it.
		monitor.checkpoint();
		assertThat(monitor.lastCheck()).map(JournalCheck::report)
			.contains(VerificationReport.broken(12, Reason.HASH_MISMATCH));
	}

	@Test
	void legacyUnkeyedEntriesAreVerifiedAsBeforeAndTheKeyedChainFollowsThem() {
		tampering.reset();
		AuditEntry previous = null;
		for (int i = 1; i <= 4; i++) {
			AuditEntry legacy = AuditEntry.unkeyed(i,
					AuditTestConfiguration.START.plusSeconds(i).truncatedTo(ChronoUnit.MICROS), event(i),
					previous == null ? EntryHasher.GENESIS_HASH : previous.entryHash());
			tampering.insert(legacy);
			previous = legacy;
		}
		tampering.moveHead(previous);
		record(5, 8);

		assertThat(monitor.verify(Trigger.ON_DEMAND).report()).isEqualTo(VerificationReport.intact(8));
		assertThat(entry(4).hashVersion()).isEqualTo(EntryLinks.UNKEYED);
		assertThat(entry(5).hashVersion()).isEqualTo(EntryLinks.KEYED);
		assertThat(entry(5).previousHash()).isEqualTo(entry(4).entryHash());
	}

	/**
	 * Changes entry {@code from} and recomputes its link and every following one (with
	 * the given key, or the old unkeyed way), then moves the head onto the new last one:
	 * a careful intruder.
	 */
	private void rewriteFrom(long from, EntryLinks links) {
		String previousHash = from == 1 ? EntryHasher.GENESIS_HASH : entry(from - 1).entryHash();
		AuditEntry last = null;
		for (long sequence = from; sequence <= ENTRIES; sequence++) {
			AuditEntry stored = entry(sequence);
			AuditEntry fields = new AuditEntry(sequence, stored.recordedAt(), stored.actor(), stored.action(),
					sequence == from ? "person-999" : stored.subjectRef(), stored.objectRef(), stored.purpose(),
					stored.outcome(), previousHash, "", EntryLinks.KEYED);
			AuditEntry forged = links != null ? links.seal(fields)
					: new AuditEntry(sequence, fields.recordedAt(), fields.actor(), fields.action(),
							fields.subjectRef(), fields.objectRef(), fields.purpose(), fields.outcome(), previousHash,
							fields.expectedUnkeyedHash(), EntryLinks.UNKEYED);
			tampering.replace(forged);
			previousHash = forged.entryHash();
			last = forged;
		}
		tampering.moveHead(last);
	}

	private void assertDetected(long sequence, Reason reason) {
		JournalCheck check = monitor.verify(Trigger.START_UP);

		assertThat(check.report()).isEqualTo(VerificationReport.broken(sequence, reason));
		assertThat(monitor.lastCheck()).contains(check);
	}

	private void record(int from, int to) {
		for (int i = from; i <= to; i++) {
			clock.set(AuditTestConfiguration.START.plusSeconds(i));
			journal.record(event(i));
		}
	}

	private static AuditEvent event(int i) {
		return AuditEvent.success(AuditActor.account("account-" + (i % 3)), AuditAction.PERSON_READ)
			.withSubject(() -> "person-" + i)
			.withObject("contract:" + (100 + i))
			.withPurpose("member-management");
	}

	private AuditEntry entry(long sequence) {
		return jdbc
			.sql("SELECT sequence, recorded_at, actor, action, subject_ref, object_ref, purpose, outcome, "
					+ "previous_hash, entry_hash, hash_version FROM audit_entry WHERE sequence = ?")
			.param(sequence)
			.query((rs, row) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11)))
			.single();
	}

}
