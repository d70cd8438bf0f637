package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.integrance.testsupport.MutableClock;

class QueueCountsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

	private final AtomicInteger counted = new AtomicInteger();

	private Integer count() {
		return counted.incrementAndGet();
	}

	@Test
	void aCountIsKeptForItsTimeToLiveThenCountedAgain() {
		QueueCounts counts = new QueueCounts(Duration.ofSeconds(5), clock);

		assertThat(counts.<Integer>get("queues", this::count)).isEqualTo(1);
		clock.advance(Duration.ofSeconds(4));
		assertThat(counts.<Integer>get("queues", this::count)).isEqualTo(1);
		assertThat(counts.<Integer>get("list:mine", this::count)).isEqualTo(2);
		clock.advance(Duration.ofSeconds(1));
		assertThat(counts.<Integer>get("queues", this::count)).isEqualTo(3);
	}

	@Test
	void aChangeOnThisNodeForgetsEveryCount() {
		QueueCounts counts = new QueueCounts(Duration.ofSeconds(5), clock);
		counts.get("queues", this::count);

		counts.forgetAfterCommit();

		assertThat(counts.<Integer>get("queues", this::count)).isEqualTo(2);
	}

	@Test
	void zeroTimeToLiveCountsEveryTime() {
		QueueCounts counts = new QueueCounts(Duration.ZERO, clock);

		counts.get("queues", this::count);

		assertThat(counts.<Integer>get("queues", this::count)).isEqualTo(2);
	}

}
