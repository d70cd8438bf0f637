package fr.integrance.platform;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A period of days, both ends included, as French contracts and protection measures state
 * them ("du 1er janvier au 31 décembre"): a start and, unless the period is open, an end
 * not before it. A one-day period has start equal to end.
 */
public final class DateRange {

	private final LocalDate start;

	private final @Nullable LocalDate end;

	private DateRange(LocalDate start, @Nullable LocalDate end) {
		this.start = start;
		this.end = end;
	}

	/**
	 * The days from {@code start} to {@code end} included; a {@code null} end leaves it
	 * open.
	 * @throws InvalidValueException {@code date-range.start.required} without a start,
	 * {@code date-range.end-before-start} when the end precedes the start
	 */
	public static DateRange of(@Nullable LocalDate start, @Nullable LocalDate end) {
		if (start == null) {
			throw new InvalidValueException("date-range.start.required");
		}
		if (end != null && end.isBefore(start)) {
			throw new InvalidValueException("date-range.end-before-start");
		}
		return new DateRange(start, end);
	}

	/** The days from {@code start} on, with no end yet. */
	public static DateRange from(LocalDate start) {
		return of(start, null);
	}

	public LocalDate start() {
		return start;
	}

	/** The last day included, absent for an open period. */
	public Optional<LocalDate> end() {
		return Optional.ofNullable(end);
	}

	public boolean isOpenEnded() {
		return end == null;
	}

	/** True when {@code date} lies within the period, ends included. */
	public boolean contains(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return !date.isBefore(start) && (end == null || !date.isAfter(end));
	}

	/** True when the two periods share at least one day. */
	public boolean overlaps(DateRange other) {
		Objects.requireNonNull(other, "other");
		return (other.end == null || !start.isAfter(other.end)) && (end == null || !other.start.isAfter(end));
	}

	/**
	 * This period closed on {@code lastDay} (e.g. a measure that ends), validated as
	 * {@link #of}.
	 */
	public DateRange endingOn(LocalDate lastDay) {
		return of(start, Objects.requireNonNull(lastDay, "lastDay"));
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| other instanceof DateRange range && start.equals(range.start) && Objects.equals(end, range.end);
	}

	@Override
	public int hashCode() {
		return Objects.hash(start, end);
	}

	/**
	 * Interval notation: both ends in square brackets, an open end as an ellipsis and a
	 * parenthesis.
	 */
	@Override
	public String toString() {
		return "[" + start + ", " + (end == null ? "…)" : end + "]");
	}

}
