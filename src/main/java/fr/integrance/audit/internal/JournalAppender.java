package fr.integrance.audit.internal;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;

/**
 * {@link AuditJournal} over {@link JournalStore}: appends in the caller's transaction, or
 * in one of its own.
 */
@Service
class JournalAppender implements AuditJournal {

	private final JournalStore store;

	private final TransactionTemplate joining;

	private final TransactionTemplate independent;

	JournalAppender(JournalStore store, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.joining = new TransactionTemplate(transactionManager);
		this.independent = new TransactionTemplate(transactionManager);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public long record(AuditEvent event) {
		Objects.requireNonNull(event, "event");
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return recordIndependently(event);
		}
		return append(joining, event);
	}

	@Override
	public long recordIndependently(AuditEvent event) {
		Objects.requireNonNull(event, "event");
		if (store.headLockedByThisThread()) {
			throw new IllegalStateException("this thread's transaction already holds the audit chain head: "
					+ "an independent entry would wait for it forever; use record() in that transaction instead");
		}
		return append(independent, event);
	}

	private long append(TransactionTemplate transaction, AuditEvent event) {
		Long sequence = transaction.execute(status -> store.append(event));
		return Objects.requireNonNull(sequence, "append returns the sequence");
	}

}
