package fr.integrance.identity.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs a password-reset request after its answer: the account lookup, the token and the
 * mail happen on a background thread, so the form answers in the same time whether or not
 * the address is an account's (issue 11: ~5 ms more for an existing one told who has an
 * account). At most a thousand requests wait; beyond, one is dropped with a warning (the
 * person asks again, as after any lost mail). Tests run them inline
 * ({@code app.identity.reset-in-background=false}) to read the mail at once.
 */
@Component
class ResetRequestDispatch implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ResetRequestDispatch.class);

	private static final int WAITING_AT_MOST = 1_000;

	private final @Nullable ThreadPoolExecutor pool;

	ResetRequestDispatch(@Value("${app.identity.reset-in-background:true}") boolean background) {
		this.pool = background
				? new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_AT_MOST), work -> {
					Thread thread = new Thread(work, "reset-requests");
					thread.setDaemon(true);
					return thread;
				}, (work, executor) -> log.warn("A password-reset request was dropped: {} already wait",
						WAITING_AT_MOST))
				: null;
	}

	/** Runs the work now (inline) or after the answer (background). */
	void submit(Runnable work) {
		if (pool == null) {
			work.run();
			return;
		}
		pool.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.error("A password-reset request failed", ex);
			}
		});
	}

	/**
	 * Lets the waiting requests finish, without interrupting a thread at work (an
	 * interrupt in the middle of a database write is what closes the embedded H2 file).
	 */
	@Override
	public void destroy() throws InterruptedException {
		if (pool != null) {
			pool.shutdown();
			pool.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

}
