package fr.integrance.platform.web.submission;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import fr.integrance.platform.web.submission.SubmissionKeyStore.Claim;

/**
 * Keeps alive the claims of the posts this node is running: every third of the lease,
 * each one's lease is pushed a lease further. A claim outlives its lease only when its
 * node died, and only then may another request retake it. Per node, not a cluster job:
 * each node renews its own claims.
 */
@Component
class SubmissionLeases implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SubmissionLeases.class);

	private final Set<Claim> running = ConcurrentHashMap.newKeySet();

	private final SubmissionKeyStore store;

	private final SubmissionKeyProperties properties;

	private final ScheduledExecutorService renewer;

	SubmissionLeases(SubmissionKeyStore store, SubmissionKeyProperties properties) {
		this.store = store;
		this.properties = properties;
		this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "submission-key-leases");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(1, properties.lease().toMillis() / 3);
		this.renewer.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
	}

	void hold(Claim claim) {
		running.add(claim);
	}

	void let(Claim claim) {
		running.remove(claim);
	}

	void renewAll() {
		for (Claim claim : running) {
			try {
				store.renew(claim, store.now().plus(properties.lease()));
			}
			catch (RuntimeException ex) {
				// The next round tries again: the lease lasts three rounds, so one
				// failed renewal does not let a waiting post retake a live claim.
				log.warn("Submission key lease not renewed: {}", ex.toString());
			}
		}
	}

	@Override
	public void destroy() {
		renewer.shutdownNow();
	}

}
