package fr.integrance.platform.web.submission;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import fr.integrance.platform.web.submission.SubmissionKeyStore.Answer;
import fr.integrance.platform.web.submission.SubmissionKeyStore.Claim;
import fr.integrance.platform.web.submission.SubmissionKeyStore.KeyRow;

/**
 * Claims a key for one request, or says what the request gets instead: the answer of the
 * post that already used it, or a refusal. A post that finds the key held by a running
 * post waits for it (polling the row) and then gets its answer; if the first one failed
 * and gave the key back, the waiting one claims it and runs.
 */
@Component
class SubmissionKeys {

	private static final long FIRST_PAUSE_MILLIS = 10;

	private static final long LONGEST_PAUSE_MILLIS = 200;

	private final SubmissionKeyStore store;

	private final SubmissionLeases leases;

	private final SubmissionKeyProperties properties;

	SubmissionKeys(SubmissionKeyStore store, SubmissionLeases leases, SubmissionKeyProperties properties) {
		this.store = store;
		this.leases = leases;
		this.properties = properties;
	}

	Outcome claim(UUID key, String path, String fingerprint) {
		long deadline = System.nanoTime() + properties.maxWait().toNanos();
		long pause = FIRST_PAUSE_MILLIS;
		while (System.nanoTime() < deadline) {
			Optional<KeyRow> found = store.find(key, path);
			if (found.isEmpty()) {
				Claim claim = new Claim(key, path, UUID.randomUUID());
				if (store.insert(claim, fingerprint, leaseEnd())) {
					return held(claim);
				}
				continue;
			}
			KeyRow row = found.get();
			if (!row.fingerprint().equals(fingerprint)) {
				// The same key with other content: a page kept from before (the back
				// button) sent again with new values. Replaying the first answer would
				// lose them silently.
				return Refusal.OTHER_CONTENT;
			}
			if (row.done()) {
				Answer answer = row.answer();
				return answer != null ? new Replay(answer) : Refusal.ALREADY_RECEIVED;
			}
			if (!row.leaseUntil().isAfter(store.now())) {
				// Its node died (a live node renews its leases).
				if (row.workCommitted() > 0) {
					store.closeWithoutAnswer(row);
					continue;
				}
				Claim claim = new Claim(key, path, UUID.randomUUID());
				if (store.retake(row, claim, leaseEnd())) {
					return held(claim);
				}
				continue;
			}
			if (!pause(pause)) {
				break;
			}
			pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
		}
		return Refusal.IN_PROGRESS;
	}

	/** The handler succeeded: its answer is recorded before it is sent. */
	void complete(Claim claim, Answer answer) {
		try {
			store.complete(claim, answer);
		}
		finally {
			leases.let(claim);
		}
	}

	/** The handler did not succeed: the key may be used again. */
	void release(Claim claim) {
		try {
			store.release(claim);
		}
		finally {
			leases.let(claim);
		}
	}

	private Outcome held(Claim claim) {
		leases.hold(claim);
		return new Owned(claim);
	}

	private Instant leaseEnd() {
		return store.now().plus(properties.lease());
	}

	private static boolean pause(long millis) {
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** What a request gets for its key. */
	sealed interface Outcome permits Owned, Replay, Refusal {

	}

	/** The key is this request's: run the handler. */
	record Owned(Claim claim) implements Outcome {
	}

	/** The key was used: give its answer again. */
	record Replay(Answer answer) implements Outcome {
	}

	/** The key cannot be used by this request (a French 409 page). */
	enum Refusal implements Outcome {

		/** Another post with this key is still running after the longest wait. */
		IN_PROGRESS,
		/** This key was used with other content. */
		OTHER_CONTENT,
		/** Its work was done by a post whose node died before it could answer. */
		ALREADY_RECEIVED

	}

}
