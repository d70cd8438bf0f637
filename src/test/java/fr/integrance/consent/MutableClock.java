package fr.integrance.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move forward instead of sleeping. It starts at the real time (a browser keeps the
 * cookies the server sets by its own clock) and goes back there on {@link #reset()}.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>(start());

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	/** Moves the clock by a calendar period (UTC), e.g. {@code P6M}. */
	public void advance(Period period) {
		now.updateAndGet(instant -> instant.atZone(ZoneOffset.UTC).plus(period).toInstant());
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	public void reset() {
		now.set(start());
	}

	/** Whole milliseconds, as a database column keeps them: a time read back compares equal. */
	private static Instant start() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}
}
