package fr.integrance.platform.web.submission;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.web.submission.SubmissionKeyStore.Claim;

/**
 * Writes, inside every read-write transaction a keyed post's handler commits, that the
 * claim did some work ({@code work_committed + 1}), so that the mark and the work commit
 * or vanish together. This is what makes a crash safe to retry with the same key: a claim
 * left behind by a dead node with no committed work is run again (nothing of it exists),
 * one with committed work is not (its case exists; the retry is told so, in French).
 * <p>
 * Registered with the transaction manager by Spring Boot, as every
 * {@link TransactionExecutionListener} bean. The store is looked up lazily: it needs the
 * transaction manager, which needs this listener.
 */
@Component
class SubmissionWork implements TransactionExecutionListener {

	private static final ThreadLocal<Claim> CURRENT = new ThreadLocal<>();

	private final ObjectProvider<SubmissionKeyStore> store;

	SubmissionWork(ObjectProvider<SubmissionKeyStore> store) {
		this.store = store;
	}

	/** The handler of this thread now works for that claim. */
	static void begin(Claim claim) {
		CURRENT.set(claim);
	}

	static void end() {
		CURRENT.remove();
	}

	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		Claim claim = CURRENT.get();
		if (claim == null || beginFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				if (!readOnly) {
					store.getObject().countWork(claim);
				}
			}
		});
	}

}
