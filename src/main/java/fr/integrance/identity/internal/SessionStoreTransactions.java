package fr.integrance.identity.internal;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of the session store: its reads run without one, its writes in a
 * transaction of their own.
 * <p>
 * The JDBC store runs everything it does in a new transaction. For the read of a session,
 * which every signed-in request makes, that is a {@code BEGIN} and a {@code COMMIT}
 * around one select: a round trip to the database and a connection held a little longer,
 * on every page, for nothing (one statement reads a consistent state on its own).
 * {@link ThrottledSessionRepository} marks its reads ({@link #reading}); while one runs
 * on a thread, the store's callbacks run without a transaction. A write (a session's row
 * and its attributes' rows, a deletion) still runs in a new transaction, as the store
 * intends.
 */
final class SessionStoreTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> reading = new ThreadLocal<>();

	private final TransactionTemplate writes;

	SessionStoreTransactions(PlatformTransactionManager transactionManager) {
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs a read of the store: its statements run without a transaction. */
	static <T> T reading(Supplier<T> read) {
		boolean outermost = reading.get() == null;
		reading.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			if (outermost) {
				reading.remove();
			}
		}
	}

	@Override
	public <T extends @Nullable Object> T execute(TransactionCallback<T> action) {
		return reading.get() != null ? TransactionOperations.withoutTransaction().execute(action)
				: writes.execute(action);
	}

}
