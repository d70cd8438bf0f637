package fr.integrance.platform;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One read-only transaction around everything a page reads from the modules: the calls
 * join it, so the page takes one connection from the pool and opens one transaction
 * instead of one per module call (a dozen round trips of {@code BEGIN}/{@code COMMIT} on
 * the back office's person page). Journal entries recorded inside are committed by the
 * journal on its own, before the call returns.
 */
@Component
public class PageReads {

	private final TransactionTemplate readOnly;

	PageReads(PlatformTransactionManager transactionManager) {
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Runs the page's reads in one read-only transaction. */
	public void run(Runnable reads) {
		readOnly.executeWithoutResult(status -> reads.run());
	}

	/** Runs the page's reads in one read-only transaction and returns their result. */
	@SuppressWarnings("NullAway") // what the reads return, as they return it
	public <T> T read(Supplier<T> reads) {
		return readOnly.execute(status -> reads.get());
	}

}
