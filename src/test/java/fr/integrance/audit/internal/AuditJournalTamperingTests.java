package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.VerificationReport.Reason;
import fr.integrance.testsupport.MutableClock;

/**
 * Each way of tampering with the journal is reported at the entry it touched. The journal
 * holds {@value #ENTRIES} entries; every check runs with the normal page size and with
 * pages of 3, so that the evidence also spans page boundaries.
 */
@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
class AuditJournalTamperingTests {

	private static final int ENTRIES = 20;

	private final AuditJournal journal;

	private final JournalVerifier verifier;

	private final JournalTampering tampering;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final EntryLinks links;

	@Autowired
	AuditJournalTamperingTests(AuditJournal journal, JournalVerifier verifier, JournalTampering tampering,
			MutableClock clock, JdbcClient jdbc, EntryLinks links) {
		this.links = links;
		this.journal = journal;
		this.verifier = verifier;
		this.tampering = tampering;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void recordAJournal() {
		tampering.reset();
		for (int i = 1; i <= ENTRIES; i++) {
			String subject = "person-" + i;
			clock.set(AuditTestConfiguration.START.plusSeconds(i));
			journal.record(AuditEvent.success(AuditActor.account("account-" + (i % 3)), AuditAction.PERSON_READ)
				.withSubject(() -> subject)
				.withObject("contract:" + (100 + i))
				.withPurpose("member-management"));
		}
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(ENTRIES));
	}

	@AfterEach
	void leaveAnIntactJournal() {
		tampering.reset();
	}

	@Test
	void editedEntryIsReportedAtItsPosition() {
		tampering.execute("UPDATE audit_entry SET subject_ref = 'person-999' WHERE sequence = 7");

		assertReported(7, Reason.HASH_MISMATCH);
	}

	@Test
	void editedFirstEntryIsReportedAtOne() {
		tampering.execute("UPDATE audit_entry SET outcome = 'DENIED' WHERE sequence = 1");

		assertReported(1, Reason.HASH_MISMATCH);
	}

	@Test
	void editedAndRehashedEntryIsReportedAtItsPosition() {
		AuditEntry forged = withSubject(entry(7), "person-999");
		tampering.execute("UPDATE audit_entry SET subject_ref = ?, entry_hash = ? WHERE sequence = 7",
				forged.subjectRef(), forged.entryHash());

		assertReported(7, Reason.CHAIN_BREAK);
	}

	@Test
	void editedAndRehashedLastEntryIsReportedByTheHead() {
		AuditEntry forged = withSubject(entry(ENTRIES), "person-999");
		tampering.execute("UPDATE audit_entry SET subject_ref = ?, entry_hash = ? WHERE sequence = ?",
				forged.subjectRef(), forged.entryHash(), ENTRIES);

		assertReported(ENTRIES, Reason.HEAD_MISMATCH);
	}

	@Test
	void deletedEntryIsReportedAtItsPosition() {
		tampering.execute("DELETE FROM audit_entry WHERE sequence = 7");

		assertReported(7, Reason.SEQUENCE_GAP);
	}

	@Test
	void deletedFirstEntryIsReportedAtOne() {
		tampering.execute("DELETE FROM audit_entry WHERE sequence = 1");

		assertReported(1, Reason.SEQUENCE_GAP);
	}

	@Test
	void deletedTailIsReportedWhereItStarts() {
		tampering.execute("DELETE FROM audit_entry WHERE sequence >= 15");

		assertReported(15, Reason.TRUNCATED);
	}

	@Test
	void deletedLastEntryIsReportedAtItsPosition() {
		tampering.execute("DELETE FROM audit_entry WHERE sequence = ?", ENTRIES);

		assertReported(ENTRIES, Reason.TRUNCATED);
	}

	@Test
	void swappedEntriesAreReportedAtTheFirst() {
		tampering.swap(7, 8);

		assertReported(7, Reason.OUT_OF_ORDER);
	}

	@Test
	void distantSwapIsReportedAtTheFirst() {
		tampering.swap(4, 17);

		assertReported(4, Reason.OUT_OF_ORDER);
	}

	@Test
	void entryInsertedBetweenOthersIsReportedAtItsPosition() {
		// A careful forger: renumbers the rest, links the forged entry to its predecessor
		// with a correct hash, and moves the head on.
		tampering.makeRoomAt(7);
		AuditEntry sixth = entry(6);
		tampering.insert(forge(7, sixth.recordedAt().plusMillis(1), "person-999", sixth.entryHash()));
		tampering.execute("UPDATE audit_chain_head SET last_sequence = ? WHERE id = 1", ENTRIES + 1);

		assertReported(7, Reason.INSERTED);
	}

	@Test
	void entryInsertedWithABadHashIsReportedAtItsPosition() {
		tampering.makeRoomAt(7);
		AuditEntry sixth = entry(6);
		AuditEntry careless = forge(7, sixth.recordedAt(), "person-999", sixth.entryHash());
		tampering.insert(new AuditEntry(7, careless.recordedAt(), careless.actor(), careless.action(),
				careless.subjectRef(), careless.objectRef(), careless.purpose(), careless.outcome(),
				careless.previousHash(), "f".repeat(64), careless.hashVersion()));

		assertReported(7, Reason.HASH_MISMATCH);
	}

	@Test
	void entryAppendedBehindTheJournalsBackIsReportedAsInserted() {
		// What the application's own role can do on PostgreSQL too: INSERT is allowed,
		// the head is not moved.
		AuditEntry last = entry(ENTRIES);
		AuditEntry forged = forge(ENTRIES + 1, last.recordedAt().plusSeconds(1), "person-999", last.entryHash());
		jdbc.sql("INSERT INTO audit_entry (sequence, recorded_at, actor, action, subject_ref, object_ref, purpose, "
				+ "outcome, previous_hash, entry_hash, hash_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(forged.sequence(), OffsetDateTime.ofInstant(forged.recordedAt(), ZoneOffset.UTC), forged.actor(),
					forged.action(), forged.subjectRef(), forged.objectRef(), forged.purpose(), forged.outcome(),
					forged.previousHash(), forged.entryHash(), forged.hashVersion())
			.update();

		assertReported(ENTRIES + 1, Reason.INSERTED);
	}

	private void assertReported(long sequence, Reason reason) {
		VerificationReport expected = new VerificationReport(sequence - 1, sequence, reason);
		assertThat(verifier.verify()).isEqualTo(expected);
		assertThat(verifier.verify(3)).isEqualTo(expected);
		assertThat(expected.ok()).isFalse();
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

	/**
	 * The entry with another subject and the link recomputed, as a forger who holds the
	 * key would (the strongest: these tests show where the chain's shape gives it away).
	 */
	private AuditEntry withSubject(AuditEntry original, String subjectRef) {
		return links.seal(new AuditEntry(original.sequence(), original.recordedAt(), original.actor(),
				original.action(), subjectRef, original.objectRef(), original.purpose(), original.outcome(),
				original.previousHash(), "", EntryLinks.KEYED));
	}

	/** A new entry a forger who holds the key would write. */
	private AuditEntry forge(long sequence, Instant at, String subjectRef, String previousHash) {
		return links.chain(sequence, at,
				AuditEvent.success(AuditActor.account("account-0"), AuditAction.PERSON_READ)
					.withSubject(() -> subjectRef)
					.withPurpose("member-management"),
				previousHash);
	}

}
