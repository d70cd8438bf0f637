package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.AuditJournalRetention;
import fr.integrance.audit.JournalSegment;
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.VerificationReport.Reason;
import fr.integrance.testsupport.MutableClock;

/**
 * The journal's own retention keeps the chain verifiable: the entries recorded before the
 * cut-off go after a signed segment, the verification starts from it and still finds the
 * journal intact (page by page too); the database refuses to delete an entry no segment
 * covers; deleting the first kept entry, or forging the segment, is still reported.
 */
@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
class AuditJournalRetentionTests {

	private static final int ENTRIES = 20;

	private final AuditJournal journal;

	private final AuditJournalRetention retention;

	private final JournalVerifier verifier;

	private final JournalTampering tampering;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final CheckpointSigner checkpoints;

	@Autowired
	AuditJournalRetentionTests(AuditJournal journal, AuditJournalRetention retention, JournalVerifier verifier,
			JournalTampering tampering, MutableClock clock, JdbcClient jdbc, CheckpointSigner checkpoints) {
		this.checkpoints = checkpoints;
		this.journal = journal;
		this.retention = retention;
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
			journal.record(AuditEvent.success(AuditActor.account("account-1"), AuditAction.PERSON_READ)
				.withSubject(() -> subject));
		}
		// A signed checkpoint, kept outside the database, on an entry purged below.
		checkpoints.write(5,
				jdbc.sql("SELECT entry_hash FROM audit_entry WHERE sequence = 5").query(String.class).single());
		clock.set(AuditTestConfiguration.START.plusSeconds(1000));
	}

	@AfterEach
	void leaveAnIntactJournal() {
		tampering.reset();
	}

	/** The entries 1 to 10 were recorded before this instant. */
	private static Instant afterTheTenth() {
		return AuditTestConfiguration.START.plusSeconds(10).plusMillis(500);
	}

	@Test
	void purgedEntriesGoAndTheChainStillVerifiesFromTheSegment() {
		JournalSegment segment = retention.purgeRecordedBefore(afterTheTenth()).orElseThrow();

		assertThat(segment.lastPurgedSequence()).isEqualTo(10);
		assertThat(retention.segment()).contains(segment);
		assertThat(jdbc.sql("SELECT MIN(sequence) FROM audit_entry").query(Long.class).single()).isEqualTo(11);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'audit.journal.purged'")
			.query(Long.class)
			.single()).isEqualTo(1);
		// 10 kept + the entry that records the purge
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(ENTRIES - 10 + 1));
		assertThat(verifier.verify(3)).isEqualTo(VerificationReport.intact(ENTRIES - 10 + 1));
		assertThat(verifier.verifySinceLastCheckpoint().ok()).isTrue();

		assertThat(retention.purgeRecordedBefore(afterTheTenth())).as("nothing more to purge").isEmpty();
		journal.record(AuditEvent.success(AuditActor.account("account-1"), AuditAction.PERSON_READ)
			.withSubject(() -> "person-after"));
		assertThat(verifier.verify().ok()).isTrue();
	}

	@Test
	void theChainsLastEntryIsNeverPurged() {
		JournalSegment segment = retention.purgeRecordedBefore(AuditTestConfiguration.START.plusSeconds(999))
			.orElseThrow();
		assertThat(segment.lastPurgedSequence()).isEqualTo(ENTRIES - 1);
		assertThat(verifier.verify().ok()).isTrue();
	}

	@Test
	void anEntryNoSegmentCoversCannotBeDeleted() {
		retention.purgeRecordedBefore(afterTheTenth()).orElseThrow();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE sequence = 11").update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("DELETE FROM audit_journal_segment").update());
		assertThat(verifier.verify().ok()).isTrue();
	}

	@Test
	void theFirstKeptEntryDeletedIsStillReported() {
		retention.purgeRecordedBefore(afterTheTenth()).orElseThrow();
		tampering.execute("DELETE FROM audit_entry WHERE sequence = 11");
		assertThat(verifier.verify()).isEqualTo(VerificationReport.broken(11, Reason.SEQUENCE_GAP));
	}

	@Test
	void aForgedSegmentIsReported() {
		retention.purgeRecordedBefore(afterTheTenth()).orElseThrow();
		tampering.execute("UPDATE audit_journal_segment SET last_purged_sequence = 12");
		tampering.execute("DELETE FROM audit_entry WHERE sequence <= 12");
		assertThat(verifier.verify()).isEqualTo(VerificationReport.broken(12, Reason.CHECKPOINT_FORGED));
	}

	@Test
	void aBrokenJournalIsNotPurged() {
		tampering.execute("UPDATE audit_entry SET subject_ref = 'person-x' WHERE sequence = 3");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> retention.purgeRecordedBefore(afterTheTenth()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()).isEqualTo(ENTRIES);
	}

}
