package fr.integrance.employerspace.api;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rate limit of the API, per client: a token bucket of {@code capacity} calls,
 * refilled at {@code refillPerSecond}. In memory, so per node: behind a load balancer
 * that spreads calls evenly, a client gets the limit times the number of nodes, which is
 * the point of a coarse protection against a runaway payroll job (Bucket4j is not served
 * here; a shared bucket would need it with a database or Redis backend). A few lines
 * suffice for one bucket per client; buckets of clients idle for an hour are dropped.
 */
@Component
class TokenBuckets {

	private final ConcurrentMap<UUID, Bucket> buckets = new ConcurrentHashMap<>();

	private final Clock clock;

	private final double capacity;

	private final double refillPerMilli;

	TokenBuckets(Clock clock, @Value("${app.employer-api.rate-limit.capacity:60}") int capacity,
			@Value("${app.employer-api.rate-limit.refill-per-second:20}") int refillPerSecond) {
		this.clock = clock;
		this.capacity = capacity;
		this.refillPerMilli = refillPerSecond / 1000.0;
	}

	/**
	 * Takes one call from the client's bucket.
	 * @return 0 when allowed, else the seconds to wait before the next call is allowed
	 */
	long take(UUID client) {
		long now = clock.millis();
		if (buckets.size() > 10_000) {
			buckets.values().removeIf(bucket -> now - bucket.last > 3_600_000);
		}
		Bucket bucket = buckets.computeIfAbsent(client, id -> new Bucket(capacity, now));
		synchronized (bucket) {
			bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.last) * refillPerMilli);
			bucket.last = now;
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / refillPerMilli / 1000));
		}
	}

	private static final class Bucket {

		double tokens;

		long last;

		Bucket(double tokens, long last) {
			this.tokens = tokens;
			this.last = last;
		}

	}

}
