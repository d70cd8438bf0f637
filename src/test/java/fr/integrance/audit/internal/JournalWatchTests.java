package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.JournalCheck;
import fr.integrance.audit.JournalCheck.Trigger;
import fr.integrance.audit.JournalCheckpoint;
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.VerificationReport.Reason;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The journal's watch: what starts a verification (the application being ready, the
 * schedule, the checkpoint run), the checkpoints it writes outside the database, and the
 * alarm it raises (ERROR log, metrics).
 */
@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
@ExtendWith(OutputCaptureExtension.class)
class JournalWatchTests {

	@Autowired
	AuditJournal journal;

	@Autowired
	JournalMonitor monitor;

	@Autowired
	JournalWatchJob job;

	@Autowired
	JournalTampering tampering;

	@Autowired
	FileJournalCheckpoints checkpoints;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void recordThreeEntries() {
		tampering.reset();
		for (int i = 1; i <= 3; i++) {
			journal.record(AuditEvent.success(AuditActor.system("watch-test"), AuditAction.DATA_CHANGED));
		}
	}

	@AfterEach
	void leaveAnIntactJournal() {
		tampering.reset();
		monitor.verify(Trigger.SCHEDULED);
	}

	@Test
	void readyApplicationVerifiesTheJournalInTheBackground() throws InterruptedException {
		new JournalStartUpVerification(job).onReady();

		JournalCheck check = awaitCheck(Trigger.START_UP);
		assertThat(check.report()).isEqualTo(VerificationReport.intact(3));
		assertThat(checkpoints.latest()).map(JournalCheckpoint::sequence).contains(3L);
	}

	@Test
	void scheduleRunsTheFullVerificationAndTheCheckpoint() {
		JournalWatchSchedule schedule = new JournalWatchSchedule(job);

		schedule.verify();
		assertThat(monitor.lastCheck()).map(JournalCheck::trigger).contains(Trigger.SCHEDULED);
		assertThat(checkpoints.latest()).map(JournalCheckpoint::sequence).contains(3L);

		journal.record(AuditEvent.success(AuditActor.system("watch-test"), AuditAction.DATA_CHANGED));
		schedule.checkpoint();
		assertThat(monitor.lastCheck()).map(JournalCheck::trigger).contains(Trigger.CHECKPOINT);
		assertThat(monitor.lastCheck()).map(JournalCheck::report).contains(VerificationReport.intact(4));
		assertThat(checkpoints.latest()).map(JournalCheckpoint::sequence).contains(4L);
	}

	@Test
	void checkpointsAreAppendOnlySignedLines() throws IOException {
		job.checkpoint();
		journal.record(AuditEvent.success(AuditActor.system("watch-test"), AuditAction.DATA_CHANGED));
		job.checkpoint();

		List<String> lines = Files.readAllLines(checkpoints.file(), StandardCharsets.US_ASCII);
		assertThat(lines).hasSize(2);
		assertThat(lines).allSatisfy(line -> assertThat(line).matches("1 \\d+ [A-Za-z0-9_-]+ \\S+Z [A-Za-z0-9_-]+"));
		assertThat(JournalCheckpoint.parse(lines.get(1)).sequence()).isEqualTo(4);
	}

	@Test
	void aCheckpointWithoutAValidSignatureIsABreak() throws IOException {
		job.checkpoint();
		JournalCheckpoint genuine = checkpoints.latest().orElseThrow();
		JournalCheckpoint forged = new JournalCheckpoint(genuine.sequence() - 1, genuine.link(), genuine.at(),
				genuine.signature());
		Files.writeString(checkpoints.file(), forged.toLine() + "\n", StandardCharsets.US_ASCII,
				StandardOpenOption.APPEND);

		assertThat(monitor.verify(Trigger.ON_DEMAND).report())
			.isEqualTo(VerificationReport.broken(2, Reason.CHECKPOINT_FORGED));
	}

	@Test
	void aBreakIsLoggedAsAnErrorAndCounted(CapturedOutput output) {
		tampering.execute("UPDATE audit_entry SET actor = 'SYSTEM:other' WHERE sequence = 2");

		monitor.verify(Trigger.ON_DEMAND);

		assertThat(output.getAll()).contains("AUDIT JOURNAL BROKEN (ON_DEMAND): first bad entry 2 (HASH_MISMATCH)");
		assertThat(meters.get("audit.journal.broken").gauge().value()).isEqualTo(1.0);
		assertThat(meters.get("audit.journal.first.broken.sequence").gauge().value()).isEqualTo(2.0);

		tampering.execute("UPDATE audit_entry SET actor = 'SYSTEM:watch-test' WHERE sequence = 2");
		monitor.verify(Trigger.ON_DEMAND);
		assertThat(meters.get("audit.journal.broken").gauge().value()).isZero();
	}

	private JournalCheck awaitCheck(Trigger trigger) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			var check = monitor.lastCheck().filter(c -> c.trigger() == trigger);
			if (check.isPresent()) {
				return check.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no " + trigger + " verification within 10 s");
	}

}
