package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.VerificationReport;
import fr.integrance.audit.AuditJournalVerifier;
import fr.integrance.testsupport.MutableClock;

@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
class AuditJournalTests {

	private static final AuditActor STAFF = AuditActor.account("0d4e3c2b-1a09-4f87-b6c5-d4e3f2a1b0c9");

	private final AuditJournal journal;

	private final AuditJournalVerifier verifier;

	private final JournalTampering tampering;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final PlatformTransactionManager transactionManager;

	@Autowired
	AuditJournalTests(AuditJournal journal, AuditJournalVerifier verifier, JournalTampering tampering,
			MutableClock clock, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.journal = journal;
		this.verifier = verifier;
		this.tampering = tampering;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transactionManager = transactionManager;
	}

	@BeforeEach
	@AfterEach
	void startFromEmptyJournal() {
		tampering.reset();
		clock.set(AuditTestConfiguration.START);
	}

	@Test
	void recordStoresIdsWithTheJournalsClockAndChainsFromGenesis() {
		long sequence = journal.record(AuditEvent.success(STAFF, AuditAction.PERSON_READ)
			.withSubject(() -> "person-42")
			.withObject("contract:123")
			.withPurpose("member-management"));

		Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE sequence = ?")
			.param(sequence)
			.query()
			.singleRow();
		assertThat(sequence).isEqualTo(1);
		assertThat(row).containsEntry("actor", "ACCOUNT:0d4e3c2b-1a09-4f87-b6c5-d4e3f2a1b0c9")
			.containsEntry("action", "person.read")
			.containsEntry("subject_ref", "person-42")
			.containsEntry("object_ref", "contract:123")
			.containsEntry("purpose", "member-management")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("previous_hash", EntryHasher.GENESIS_HASH);
		Instant recordedAt = jdbc.sql("SELECT recorded_at FROM audit_entry WHERE sequence = 1")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(recordedAt).isEqualTo(AuditTestConfiguration.START.truncatedTo(ChronoUnit.MICROS));
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(1));
	}

	@Test
	void sequencesFollowEachOtherWithoutGaps() {
		List<Long> sequences = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			clock.set(AuditTestConfiguration.START.plusSeconds(i));
			sequences.add(journal.record(AuditEvent.failure(AuditActor.anonymous(), AuditAction.LOGIN_FAILURE)));
		}

		assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(5));
	}

	@Test
	void recordAllChainsTheEventsInOrderInTheCallersTransactionOrEachOnItsOwnWithoutOne() {
		journal.record(AuditEvent.success(STAFF, AuditAction.LOGIN_SUCCESS));

		List<Long> together = new TransactionTemplate(transactionManager).execute(status -> journal
			.recordAll(List.of(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withSubject(() -> "person-1"),
					AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withSubject(() -> "person-2"))));
		List<Long> alone = journal.recordAll(List.of(AuditEvent.success(STAFF, AuditAction.DATA_EXPORTED)));

		assertThat(together).containsExactly(2L, 3L);
		assertThat(alone).containsExactly(4L);
		assertThat(journal.recordAll(List.of())).isEmpty();
		assertThat(jdbc.sql("SELECT subject_ref FROM audit_entry WHERE sequence IN (2, 3) ORDER BY sequence")
			.query(String.class)
			.list()).containsExactly("person-1", "person-2");
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(4));
	}

	@Test
	void recordJoinsTheCallersTransactionSoARollbackLeavesNoEntry() {
		journal.record(AuditEvent.success(STAFF, AuditAction.LOGIN_SUCCESS));

		Long rolledBack = new TransactionTemplate(transactionManager).execute(status -> {
			long sequence = journal
				.record(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withSubject(() -> "person-1"));
			status.setRollbackOnly();
			return sequence;
		});

		assertThat(rolledBack).isEqualTo(2);
		assertThat(entryCount()).isEqualTo(1);
		assertThat(journal.record(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED))).isEqualTo(2);
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(2));
	}

	@Test
	void recordDuringTheCommitOfItsTransactionStillMovesTheHead() {
		// The head is written once, before commit; an entry recorded by a later commit
		// callback must not be left beyond it.
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			journal.record(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED));
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					journal.record(AuditEvent.success(STAFF, AuditAction.DATA_EXPORTED));
				}
			});
		});

		assertThat(entryCount()).isEqualTo(2);
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(2));
	}

	@Test
	void recordIndependentlySurvivesTheCallersRollback() {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			journal.recordIndependently(AuditEvent.denied(STAFF, AuditAction.ACCESS_DENIED).withObject("contract:9"));
			status.setRollbackOnly();
		});

		assertThat(entryCount()).isEqualTo(1);
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(1));
	}

	@Test
	void recordIndependentlyIsRefusedWhenThisThreadsTransactionHoldsTheHead() {
		// Otherwise the new transaction would wait for the suspended one, which waits for
		// it.
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			journal.record(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED));
			assertThatIllegalStateException()
				.isThrownBy(() -> journal.recordIndependently(AuditEvent.denied(STAFF, AuditAction.ACCESS_DENIED)));
		});

		assertThat(entryCount()).isEqualTo(1);
		assertThat(journal.recordIndependently(AuditEvent.denied(STAFF, AuditAction.ACCESS_DENIED))).isEqualTo(2);
	}

	@Test
	void recordInAReadOnlyTransactionIsStillWritten() {
		TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
		readOnly.setReadOnly(true);

		Long sequence = readOnly.execute(status -> journal
			.record(AuditEvent.success(STAFF, AuditAction.PERSON_READ).withSubject(() -> "person-42")));

		assertThat(sequence).isEqualTo(1);
		assertThat(entryCount()).isEqualTo(1);
	}

	@Test
	void emailAddressAsReferenceIsRefusedAndNothingIsRecorded() {
		assertThatIllegalArgumentException().isThrownBy(() -> journal
			.record(AuditEvent.success(STAFF, AuditAction.PERSON_READ).withSubject(() -> "marie.martin@example.fr")));

		assertThat(entryCount()).isZero();
	}

	@Test
	void tenThousandEntriesVerify() {
		int count = 10_000;
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			for (int i = 1; i <= count; i++) {
				String subject = "person-" + (i % 97);
				clock.set(AuditTestConfiguration.START.plusMillis(i));
				journal
					.record(AuditEvent.success(STAFF, i % 2 == 0 ? AuditAction.PERSON_READ : AuditAction.DATA_CHANGED)
						.withSubject(() -> subject)
						.withObject("contract:" + i));
			}
		});

		VerificationReport report = verifier.verify();

		assertThat(report.ok()).isTrue();
		assertThat(report.entriesChecked()).isEqualTo(count);
	}

	@Test
	void concurrentAppendsFormOneUnbrokenChain() throws Exception {
		int threads = 8;
		int perThread = 50;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<List<Long>>> tasks = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				AuditActor actor = AuditActor.system("worker-" + t);
				tasks.add(() -> {
					List<Long> sequences = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						sequences.add(journal.record(AuditEvent.success(actor, AuditAction.DATA_EXPORTED)));
					}
					return sequences;
				});
			}
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> future : executor.invokeAll(tasks)) {
				all.addAll(future.get());
			}

			assertThat(all).hasSize(threads * perThread);
			assertThat(new TreeSet<>(all)).containsExactlyElementsOf(
					LongStream.rangeClosed(1, threads * perThread).boxed().collect(Collectors.toList()));
			assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(threads * perThread));
		}
		finally {
			executor.shutdown();
			assertThat(executor.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		}
	}

	private long entryCount() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
	}

}
