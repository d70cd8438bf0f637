package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.AuditJournalVerifier;
import fr.integrance.audit.VerificationReport;
import fr.integrance.platform.Admission;

/**
 * The readings of many pages at once are journaled in groups, each caller released only
 * once its entry is committed, by a writer with a connection of its own.
 */
@SpringBootTest
@Import(AuditTestConfiguration.class)
@Tag("integration")
class JournalGroupCommitTests {

	private static final AuditActor STAFF = AuditActor.account("0d4e3c2b-1a09-4f87-b6c5-d4e3f2a1b0c9");

	@Autowired
	AuditJournal journal;

	@Autowired
	AuditJournalVerifier verifier;

	@Autowired
	JournalTampering tampering;

	@Autowired
	JournalGroupCommit group;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Autowired
	EntryLinks links;

	@BeforeEach
	@AfterEach
	void startFromEmptyJournal() {
		tampering.reset();
	}

	@Test
	void readingsQueuedBehindAWriterAreCommittedTogetherAndEachIsDurableWhenItsCallerGoesOn() throws Exception {
		int readers = 20;
		ExecutorService executor = Executors.newFixedThreadPool(readers + 1);
		CountDownLatch release = new CountDownLatch(1);
		try {
			// A writing transaction elsewhere holds the chain head: the readings queue.
			Future<?> writer = holdTheChainHead(executor, release);
			long groupsBefore = group.groupsWritten();
			List<Future<Long>> readings = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				String subject = "person-" + i;
				readings.add(executor.submit(() -> {
					long sequence = journal
						.record(AuditEvent.success(STAFF, AuditAction.PERSON_READ).withSubject(() -> subject));
					// Committed by the time the caller goes on.
					assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence = ?")
						.param(sequence)
						.query(Long.class)
						.single()).isEqualTo(1);
					return sequence;
				}));
			}
			// Every reading waits: in the group the writer took first (blocked on the
			// head) or in the queue behind it.
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> group.queued() + group.writing() >= readers);
			release.countDown();
			writer.get(20, TimeUnit.SECONDS);
			TreeSet<Long> sequences = new TreeSet<>();
			for (Future<Long> reading : readings) {
				sequences.add(reading.get(20, TimeUnit.SECONDS));
			}

			assertThat(sequences)
				.containsExactlyElementsOf(LongStream.rangeClosed(2, readers + 1).boxed().collect(Collectors.toList()));
			assertThat(group.groupsWritten() - groupsBefore).isLessThanOrEqualTo(2);
			assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(readers + 1));
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void aSubmittedReadingLetsItsCallerGoOnAndIsCommittedWhenAwaited() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		CountDownLatch release = new CountDownLatch(1);
		try {
			// A writing transaction elsewhere holds the chain head: the reading cannot be
			// committed yet, and its caller is not kept waiting for it.
			Future<?> writer = holdTheChainHead(executor, release);

			AuditJournal.PendingEntry pending = journal
				.submitIndependently(AuditEvent.success(STAFF, AuditAction.PERSON_READ).withObject("person:7"));

			assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_ref = 'person:7'")
				.query(Long.class)
				.single()).isZero();
			release.countDown();
			writer.get(20, TimeUnit.SECONDS);
			assertThat(pending.await()).isEqualTo(2);
			assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_ref = 'person:7'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(2));
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void aGroupIsAppendedAfterTheHeadItsWriterLeftUnlessAnotherWriterAppendedSince() {
		assertThat(read("person:1")).isEqualTo(1);
		long after = group.groupsAppendedAfterTheKnownHead();

		// Nothing else appended: after the head the writer left, without reading it.
		assertThat(read("person:2")).isEqualTo(2);
		assertThat(group.groupsAppendedAfterTheKnownHead()).isEqualTo(after + 1);

		// A writing transaction appends in between: the writer's head is stale, and its
		// next group goes after the real one.
		new TransactionTemplate(transactionManager).executeWithoutResult(
				status -> journal.record(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withObject("contract:1")));
		assertThat(read("person:4")).isEqualTo(4);
		assertThat(group.groupsAppendedAfterTheKnownHead()).isEqualTo(after + 1);
		assertThat(read("person:5")).isEqualTo(5);
		assertThat(group.groupsAppendedAfterTheKnownHead()).isEqualTo(after + 2);

		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(5));
	}

	@Test
	void aHeadMovedBackSinceTheWritersLastGroupIsFollowed() {
		assertThat(read("person:1")).isEqualTo(1);
		assertThat(read("person:2")).isEqualTo(2);

		// The journal restored to an earlier state (here emptied): the head the writer
		// left is ahead of the real one, whose next sequence is free.
		tampering.reset();

		assertThat(read("person:3")).isEqualTo(1);
		assertThat(read("person:4")).isEqualTo(2);
		assertThat(jdbc.sql("SELECT object_ref FROM audit_entry ORDER BY sequence").query(String.class).list())
			.containsExactly("person:3", "person:4");
		assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(2));
	}

	private long read(String object) {
		return journal.recordIndependently(AuditEvent.success(STAFF, AuditAction.PERSON_READ).withObject(object));
	}

	@Test
	void aGroupIsGatheredUntilOneOfItsCallersWaitsForIt() throws Exception {
		JournalGroupCommit gathering = gathering(Duration.ofMinutes(1));
		try {
			CompletableFuture<Long> first = gathering.submit(reading("person:1"));
			CompletableFuture<Long> second = gathering.submit(reading("person:2"));
			CompletableFuture<Long> third = gathering.submit(reading("person:3"));

			// Nobody waits yet: the group is still gathered, nothing written.
			Awaitility.await()
				.during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(5))
				.until(() -> entries() == 0 && !first.isDone());
			// One caller waits: the group is written at once, the three in one commit.
			assertThat(gathering.await(second)).isEqualTo(2);
			assertThat(first).isCompletedWithValue(1L);
			// Released in the group's order, so the third caller may be a moment after
			// the
			// second: the one commit is what the group count shows.
			assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(3L);
			assertThat(gathering.groupsWritten()).isEqualTo(1);
			assertThat(gathering.entriesWritten()).isEqualTo(3);
			assertThat(entries()).isEqualTo(3);
			assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(3));
		}
		finally {
			gathering.close();
		}
	}

	@Test
	void aGroupNobodyWaitsForIsWrittenWhenItsGatheringEnds() throws Exception {
		JournalGroupCommit gathering = gathering(Duration.ofMillis(200));
		try {
			CompletableFuture<Long> reading = gathering.submit(reading("person:1"));

			Awaitility.await().atMost(Duration.ofSeconds(20)).until(reading::isDone);
			assertThat(reading).isCompletedWithValue(1L);
			assertThat(entries()).isEqualTo(1);
			// A caller that waits at once has its group written at once.
			assertThat(gathering.append(reading("person:2"))).isEqualTo(2);
			assertThat(gathering.groupsWritten()).isEqualTo(2);
		}
		finally {
			gathering.close();
		}
	}

	@Test
	void whileRequestsQueueForAPlaceAGroupIsGatheredEvenThoughItsCallersWait() throws Exception {
		AtomicBoolean crowded = new AtomicBoolean(true);
		JournalGroupCommit gathering = gathering(Duration.ZERO, Duration.ofSeconds(10), heldPages(crowded));
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try {
			Future<Long> first = callers.submit(() -> gathering.await(gathering.submit(reading("person:1"))));
			Awaitility.await()
				.during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(5))
				.until(() -> entries() == 0 && !first.isDone());
			CompletableFuture<Long> submitted = gathering.submit(reading("person:2"));
			Future<Long> second = callers.submit(() -> gathering.await(submitted));
			// Its caller waits: the writer takes it into the group and gathers on.
			Awaitility.await()
				.during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(5))
				.until(() -> gathering.queued() == 0 && entries() == 0 && !second.isDone());

			// The crowd gone, the next caller that waits has the group written at once.
			CompletableFuture<Long> third = gathering.submit(reading("person:3"));
			crowded.set(false);
			assertThat(gathering.await(third)).isEqualTo(3);
			assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(2);
			assertThat(gathering.groupsWritten()).isEqualTo(1);
			assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(3));
		}
		finally {
			callers.shutdownNow();
			gathering.close();
		}
	}

	@Test
	void whileRequestsQueueACallerThatHoldsItsPlaceHasItsGroupWrittenAtOnce() throws Exception {
		Admission crowdedAndHoldingItsPlace = admission(() -> true, false);
		JournalGroupCommit gathering = gathering(Duration.ZERO, Duration.ofMinutes(1), crowdedAndHoldingItsPlace);
		try {
			assertThat(gathering.append(reading("person:1"))).isEqualTo(1);
			assertThat(gathering.append(reading("person:2"))).isEqualTo(2);
			assertThat(gathering.groupsWritten()).isEqualTo(2);
		}
		finally {
			gathering.close();
		}
	}

	@Test
	void whileRequestsQueueAGroupIsStillWrittenWhenItsCrowdedGatheringEnds() throws Exception {
		JournalGroupCommit gathering = gathering(Duration.ZERO, Duration.ofMillis(200),
				heldPages(new AtomicBoolean(true)));
		try {
			assertThat(gathering.append(reading("person:1"))).isEqualTo(1);
			assertThat(gathering.append(reading("person:2"))).isEqualTo(2);
			assertThat(gathering.groupsWritten()).isEqualTo(2);
		}
		finally {
			gathering.close();
		}
	}

	private JournalGroupCommit gathering(Duration gather) {
		return gathering(gather, Duration.ZERO, Admission.UNLIMITED);
	}

	/**
	 * Callers that gave their place back (held pages); requests queuing while crowded.
	 */
	private static Admission heldPages(AtomicBoolean crowded) {
		return admission(crowded::get, true);
	}

	/**
	 * The admission as the journal's callers see it: requests queuing while
	 * {@code crowded}, every caller having given its place back or none.
	 */
	private static Admission admission(BooleanSupplier crowded, boolean callersSteppedAside) {
		return new Admission() {
			@Override
			public boolean crowded() {
				return crowded.getAsBoolean();
			}

			@Override
			public boolean stepAside() {
				return callersSteppedAside;
			}

			@Override
			public boolean steppedAside() {
				return callersSteppedAside;
			}
		};
	}

	/**
	 * A second group writer on the application's pool, gathering its groups that long
	 * ({@code crowdedGather} while {@code crowded}).
	 */
	private JournalGroupCommit gathering(Duration gather, Duration crowdedGather, Admission admission) {
		JournalStore store = new JournalStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource), clock,
				links);
		return new JournalGroupCommit(store, new DataSourceTransactionManager(dataSource), () -> {
		}, gather, crowdedGather, admission);
	}

	private static AuditEvent reading(String object) {
		return AuditEvent.success(STAFF, AuditAction.PERSON_READ).withObject(object);
	}

	private long entries() {
		return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	@Test
	void aSubmissionIsRefusedWhenThisThreadsTransactionHoldsTheHead() {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			journal.record(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withObject("contract:1"));
			assertThatIllegalStateException().isThrownBy(() -> journal
				.submitIndependently(AuditEvent.success(STAFF, AuditAction.PERSON_READ).withObject("person:7")));
		});
	}

	@Test
	void readingsHoldingEveryPooledConnectionAreStillJournaled() throws Exception {
		// More readers than the pool has connections (4 in tests), each in a read-only
		// transaction that holds its connection while its entry is written: the writer's
		// own connection keeps them from waiting on each other.
		int readers = 12;
		ExecutorService executor = Executors.newFixedThreadPool(readers);
		try {
			List<Future<Long>> readings = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				String subject = "person-" + i;
				readings.add(executor.submit(() -> {
					TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
					readOnly.setReadOnly(true);
					return readOnly.execute(status -> {
						jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
						return journal
							.record(AuditEvent.success(STAFF, AuditAction.PERSON_READ).withSubject(() -> subject));
					});
				}));
			}
			TreeSet<Long> sequences = new TreeSet<>();
			for (Future<Long> reading : readings) {
				sequences.add(reading.get(30, TimeUnit.SECONDS));
			}

			assertThat(sequences).hasSize(readers);
			assertThat(verifier.verify()).isEqualTo(VerificationReport.intact(readers));
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * A writing transaction, on one of the executor's threads, that records an entry and
	 * so holds the chain head until {@code release} is counted down; returns once it
	 * holds it.
	 */
	private Future<?> holdTheChainHead(ExecutorService executor, CountDownLatch release) throws Exception {
		CountDownLatch headHeld = new CountDownLatch(1);
		Future<?> writer = executor
			.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
				journal.record(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withObject("contract:1"));
				headHeld.countDown();
				await(release);
			}));
		assertThat(headHeld.await(20, TimeUnit.SECONDS)).isTrue();
		return writer;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
