package fr.integrance.audit.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;

/**
 * {@link AuditJournal} over {@link JournalStore}: appends in the caller's writing
 * transaction; otherwise (no transaction, a read-only one, or an entry that must survive
 * the caller's rollback) through {@link JournalGroupCommit}, which writes the entries of
 * concurrent callers together.
 */
@Service
class JournalAppender implements AuditJournal {

	private final JournalStore store;

	private final TransactionTemplate joining;

	private final JournalGroupCommit group;

	JournalAppender(JournalStore store, PlatformTransactionManager transactionManager, JournalGroupCommit group) {
		this.store = store;
		this.joining = new TransactionTemplate(transactionManager);
		this.group = group;
	}

	@Override
	public long record(AuditEvent event) {
		Objects.requireNonNull(event, "event");
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return recordIndependently(event);
		}
		Long sequence = joining.execute(status -> store.append(event));
		return Objects.requireNonNull(sequence, "append returns the sequence");
	}

	@Override
	public List<Long> recordAll(List<AuditEvent> events) {
		events.forEach(event -> Objects.requireNonNull(event, "event"));
		if (events.isEmpty()) {
			return List.of();
		}
		if (events.size() < 2 || !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return events.stream().map(this::record).toList();
		}
		return Objects.requireNonNull(joining.execute(status -> store.appendAll(events)),
				"append returns the sequences");
	}

	@Override
	public long recordIndependently(AuditEvent event) {
		return submitIndependently(event).await();
	}

	@Override
	public PendingEntry submitIndependently(AuditEvent event) {
		Objects.requireNonNull(event, "event");
		if (store.headLockedByThisThread()) {
			throw new IllegalStateException("this thread's transaction already holds the audit chain head: "
					+ "an independent entry would wait for it forever; use record() in that transaction instead");
		}
		CompletableFuture<Long> sequence = group.submit(event);
		return () -> group.await(sequence);
	}

}
