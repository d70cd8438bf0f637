package fr.integrance.identity.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forgot-password form answers before the request is looked at (issue 11: an existing
 * account answered ~5 ms later): the answer's time cannot depend on the account, since
 * nothing about the account is known yet when it leaves.
 */
class ResetRequestDispatchTests {

	@Test
	void submitWhenInBackgroundThenReturnsBeforeTheWorkRuns() throws Exception {
		ResetRequestDispatch dispatch = new ResetRequestDispatch(true);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);

		dispatch.submit(() -> {
			await(release);
			done.countDown();
		});

		assertThat(done.getCount()).as("the caller did not wait for the work").isEqualTo(1);
		release.countDown();
		assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
		dispatch.destroy();
	}

	@Test
	void submitWhenWorkFailsThenTheNextStillRuns() throws Exception {
		ResetRequestDispatch dispatch = new ResetRequestDispatch(true);
		CountDownLatch done = new CountDownLatch(1);

		dispatch.submit(() -> {
			throw new IllegalStateException("database down");
		});
		dispatch.submit(done::countDown);

		assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
		dispatch.destroy();
	}

	@Test
	void submitWhenInlineThenRunsAtOnce() {
		AtomicBoolean ran = new AtomicBoolean();

		new ResetRequestDispatch(false).submit(() -> ran.set(true));

		assertThat(ran).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
