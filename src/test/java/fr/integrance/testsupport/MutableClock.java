package fr.integrance.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application clock for tests: UTC, and moved by the test (deadlines, lockouts,
 * expiry, retention) instead of waiting. One class for every module's tests.
 */
public final class MutableClock extends Clock {

	private final Instant start;

	private final AtomicReference<Instant> now;

	/** Starts now (to the millisecond), for tests that only move time forward. */
	public MutableClock() {
		this(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	public MutableClock(Instant start) {
		this.start = start;
		this.now = new AtomicReference<>(start);
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	/** Moves by calendar months or days, as a person counts them (UTC). */
	public void advance(Period period) {
		now.updateAndGet(instant -> instant.atZone(ZoneOffset.UTC).plus(period).toInstant());
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	/** Back to the instant this clock started at. */
	public void reset() {
		now.set(start);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * The same instant seen from another zone (e.g. a due date computed in French time).
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

}
