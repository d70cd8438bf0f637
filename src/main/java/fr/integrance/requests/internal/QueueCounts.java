package fr.integrance.requests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counting the open cases of the queues reads every entry of their index (100,000 open
 * cases: tens of milliseconds), and the back office asks on every queue page. This node
 * keeps each count for {@code app.requests.queue-counts.time-to-live} (5 seconds by
 * default) and forgets them all when it changes a case itself, so that a staff member
 * sees their own decision at once and a colleague's within a few seconds. Nothing is
 * shared between nodes: a count here is a view, not a state that must agree. A time to
 * live of zero counts every time (the tests).
 */
@Component
class QueueCounts {

	/**
	 * More distinct filters than this (one "mine" per staff member…) and the oldest go.
	 */
	private static final int MAX_ENTRIES = 1_000;

	private record Entry(Object value, Instant countedAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Duration timeToLive;

	private final Clock clock;

	QueueCounts(@Value("${app.requests.queue-counts.time-to-live:PT5S}") Duration timeToLive, Clock clock) {
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	/**
	 * The value counted under {@code key} less than the time to live ago, or counts it
	 * now.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> count) {
		if (timeToLive.isZero()) {
			return count.get();
		}
		Instant now = clock.instant();
		Entry entry = entries.get(key);
		if (entry != null && now.isBefore(entry.countedAt().plus(timeToLive))) {
			return (T) entry.value();
		}
		T value = count.get();
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, new Entry(value, now));
		return value;
	}

	/**
	 * Forgets every count once the current transaction commits (at once without one): a
	 * case changed.
	 */
	void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					entries.clear();
				}
			});
		}
		else {
			entries.clear();
		}
	}

}
