package fr.integrance.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditEvent;
import fr.integrance.platform.Admission;
import lombok.extern.slf4j.Slf4j;

/**
 * Group commit of the entries recorded outside a writing transaction (a page's
 * {@code person.read}, a login failure): the callers queue their entry and wait; one
 * writer thread appends whatever has queued since its last commit in one transaction —
 * one lock of the chain head, one batched insert, one head update, one commit for the lot
 * — and then releases them. It remembers the head its last group left: while no other
 * writer has appended since, the next group is appended after it without reading it first
 * ({@link JournalStore#appendAfter}: on PostgreSQL, one command that commits on its own,
 * one round trip in all). Each caller still returns only once its entry is committed, so
 * a page is never shown before its reading is journaled.
 * <p>
 * Without it, every reading took the chain head's lock for a transaction of its own:
 * fifty staff opening files at once queued on that one row, one commit after the other,
 * and the pages' database connections with them.
 * <p>
 * A group is gathered for a moment before it is written ({@code gather}, 2 ms by
 * default), until any caller waits for its entry: the person page submits its reading
 * first and waits for it only once the page is read and rendered (held, not yet sent), so
 * the readings of the pages opened meanwhile join the same commit instead of each taking
 * one, and the gathering costs the page no time. A caller that waits at once
 * ({@link #append}) has its group written at once. (Gathering while pages waited for
 * their reading before rendering cost a tenth of the person page's throughput at 5
 * connections; with the wait after rendering, it bought a tenth: BENCHMARKS.md, issue
 * 19.)
 * <p>
 * While requests queue for a place at the pages' {@link Admission}, a group is gathered
 * for {@code crowdedGather} (8 ms by default) even though callers wait for it, as long as
 * each of them has given its place to the next request (a held page, rendered): the
 * server is saturated, such a wait costs it nothing, and the readings of the pages
 * admitted meanwhile join the commit. A caller that holds its place (the reading of a
 * full NIR, a login failure) or is outside any request still has its group written at
 * once.
 */
@Slf4j
class JournalGroupCommit {

	/** The most entries written in one transaction. */
	static final int MAX_BATCH = 256;

	/** How long a caller waits for its entry before the request fails. */
	static final Duration WAIT = Duration.ofSeconds(20);

	private final JournalStore store;

	private final TransactionTemplate transaction;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean running = true;

	private final AtomicLong groups = new AtomicLong();

	private final AtomicLong optimistic = new AtomicLong();

	private final AtomicLong entries = new AtomicLong();

	/**
	 * The head as this writer's last group left it; null before the first group and after
	 * a failure. Only the writer thread reads and writes it.
	 */
	private @Nullable ChainHead known;

	private volatile int writing;

	/**
	 * Whether the store appends after a known head in one command (PostgreSQL); asked on
	 * the first such group. Only the writer thread reads and writes it.
	 */
	private @Nullable Boolean inOneCommand;

	private final AutoCloseable connection;

	/** How long a group is gathered while none of its callers waits for it. */
	private final long gatherNanos;

	/** How many callers wait for their entry now. */
	private final AtomicInteger waiting = new AtomicInteger();

	/**
	 * How many of them wait without a place in the pages' admission (a held page that
	 * gave its place back): while requests queue for one, they do not end the gathering.
	 */
	private final AtomicInteger waitingAside = new AtomicInteger();

	/**
	 * How long a group is gathered while requests queue for a place in the admission,
	 * even though callers without a place wait for it.
	 */
	private final long crowdedGatherNanos;

	private final Admission admission;

	JournalGroupCommit(JournalStore store, PlatformTransactionManager transactionManager, AutoCloseable connection,
			Duration gather) {
		this(store, transactionManager, connection, gather, Duration.ZERO, Admission.UNLIMITED);
	}

	JournalGroupCommit(JournalStore store, PlatformTransactionManager transactionManager, AutoCloseable connection,
			Duration gather, Duration crowdedGather, Admission admission) {
		this.store = store;
		this.connection = connection;
		this.gatherNanos = gather.toNanos();
		this.crowdedGatherNanos = crowdedGather.toNanos();
		this.admission = admission;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.writer = new Thread(this::writeLoop, "audit-journal-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Appends the event in the next group and waits until that group is committed.
	 * @return the entry's sequence number
	 */
	long append(AuditEvent event) {
		return await(submit(event));
	}

	/**
	 * Queues the event for the next group and returns at once.
	 * @return the entry's sequence number once its group is committed, for {@link #await}
	 */
	CompletableFuture<Long> submit(AuditEvent event) {
		Pending pending = new Pending(event, new CompletableFuture<>());
		if (!running) {
			throw new IllegalStateException("the audit journal is closed");
		}
		queue.add(pending);
		return pending.sequence();
	}

	/**
	 * Waits, at most {@link #WAIT}, until the entry {@link #submit submitted} is
	 * committed; the group being gathered is written at once.
	 * @return its sequence number
	 */
	long await(CompletableFuture<Long> sequence) {
		if (sequence.isDone()) {
			return done(sequence);
		}
		AtomicInteger counted = admission.steppedAside() ? waitingAside : waiting;
		counted.incrementAndGet();
		LockSupport.unpark(writer);
		try {
			return done(sequence);
		}
		finally {
			counted.decrementAndGet();
		}
	}

	private static long done(CompletableFuture<Long> sequence) {
		try {
			return sequence.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the audit entry was written", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("the audit entry could not be written", e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("the audit entry was not written within " + WAIT, e);
		}
	}

	private void writeLoop() {
		List<Pending> group = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				queue.drainTo(group, MAX_BATCH - 1);
				gather(group);
				writing = group.size();
				write(group);
			}
			catch (InterruptedException e) {
				running = false;
			}
			finally {
				writing = 0;
				group.clear();
			}
		}
	}

	/**
	 * Adds to the group what is submitted within {@link #gatherNanos} of its first entry,
	 * and stops as soon as a caller waits or the group is full. While requests queue for
	 * a place in the admission, it gathers for {@link #crowdedGatherNanos}, and only a
	 * caller that holds its place (or is outside any request) ends it sooner.
	 */
	private void gather(List<Pending> group) {
		long start = System.nanoTime();
		while (running && group.size() < MAX_BATCH && waiting.get() == 0) {
			boolean crowdedNow = crowdedGatherNanos > 0 && admission.crowded();
			long left = (crowdedNow ? Math.max(gatherNanos, crowdedGatherNanos) : gatherNanos)
					- (System.nanoTime() - start);
			if (left <= 0 || (!crowdedNow && waitingAside.get() > 0)) {
				break;
			}
			LockSupport.parkNanos(this, left);
			queue.drainTo(group, MAX_BATCH - group.size());
		}
		queue.drainTo(group, MAX_BATCH - group.size());
	}

	private void write(List<Pending> group) {
		List<AuditEvent> events = group.stream().map(Pending::event).toList();
		try {
			ChainHead head = append(events);
			groups.incrementAndGet();
			entries.addAndGet(group.size());
			long first = head.lastSequence() - group.size() + 1;
			for (int i = 0; i < group.size(); i++) {
				group.get(i).sequence().complete(first + i);
			}
		}
		catch (RuntimeException | Error e) {
			known = null;
			log.error("Could not append {} audit entries", group.size(), e);
			group.forEach(pending -> pending.sequence().completeExceptionally(e));
		}
	}

	/**
	 * Appends the group after the head this writer left, if it is still there
	 * ({@link JournalStore#appendAfter}: on PostgreSQL one command that commits on its
	 * own, one round trip in all); otherwise — the first group, or another writer
	 * appended since — after the head as it is, locked first, in a transaction.
	 */
	private ChainHead append(List<AuditEvent> events) {
		ChainHead expected = known;
		known = null;
		if (expected != null) {
			ChainHead head = appendAfter(expected, events);
			if (head != null) {
				known = head;
				optimistic.incrementAndGet();
				return head;
			}
		}
		ChainHead head = Objects.requireNonNull(transaction.execute(status -> store.appendAllReturningHead(events)),
				"head");
		known = head;
		return head;
	}

	/**
	 * The group after {@code expected}; null when the head moved, nothing of the group
	 * written. Only that case sends the group after the real head: any other failure
	 * fails the group, as a failed commit always did, since a commit of unknown outcome
	 * must not be written twice.
	 */
	private @Nullable ChainHead appendAfter(ChainHead expected, List<AuditEvent> events) {
		try {
			Boolean oneCommand = inOneCommand;
			if (oneCommand == null) {
				oneCommand = store.appendsInOneCommand();
				inOneCommand = oneCommand;
			}
			if (oneCommand) {
				// No transaction: the command is its own, committed when it returns.
				return store.appendAfter(expected, events);
			}
			// On H2, a transaction of three statements, rolled back if the head moved.
			return transaction.execute(status -> store.appendAfter(expected, events));
		}
		catch (JournalStore.HeadMovedException moved) {
			log.debug("The audit chain head moved since this writer's last group: appending after it", moved);
			return null;
		}
	}

	/** How many groups (transactions) were written so far. */
	long groupsWritten() {
		return groups.get();
	}

	/** How many entries those groups held. */
	long entriesWritten() {
		return entries.get();
	}

	/**
	 * How many groups were appended after the head this writer knew, without reading it
	 * first.
	 */
	long groupsAppendedAfterTheKnownHead() {
		return optimistic.get();
	}

	/** How many entries wait for the next group. */
	int queued() {
		return queue.size();
	}

	/** How many entries the group being written holds (0 between groups). */
	int writing() {
		return writing;
	}

	/** Writes what is queued, then stops the writer and closes its connection. */
	void close() throws Exception {
		running = false;
		LockSupport.unpark(writer);
		writer.join(WAIT.toMillis());
		connection.close();
	}

	private record Pending(AuditEvent event, CompletableFuture<Long> sequence) {
	}

}
