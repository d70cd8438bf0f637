package fr.integrance.breaches;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FrenchDates;

/**
 * The 72-hour clock of a breach (GDPR Art. 33(1)): the CNIL is notified « au plus tard 72
 * heures après en avoir pris connaissance ». The deadline is 72 elapsed hours after the
 * moment of awareness, whatever the weekend or a public holiday (Friday 18:00 gives
 * Monday 18:00); across a change of legal time the wall clock in Paris reads one hour
 * more or less (aware Friday 27 March 2026 at 18:00, before the spring change, due Monday
 * 30 March at 19:00), because the law counts hours, not calendar days.
 *
 * @param awareAt when the controller became aware of the breach
 * @param deadline {@code awareAt} + 72 hours
 * @param state where the clock stands
 * @param hours whole hours left ({@link State#RUNNING}) or past the deadline
 * ({@link State#OVERDUE}), else 0
 * @param minutes the minutes beyond {@code hours} (0–59)
 * @param late true when the CNIL was notified after the deadline (Art. 33(1): the
 * notification then gives the reasons for the delay)
 */
public record BreachClock(Instant awareAt, Instant deadline, State state, long hours, long minutes, boolean late) {

	/** How long the controller has to notify the CNIL. */
	public static final Duration WINDOW = Duration.ofHours(72);

	/** Where the clock stands. */
	public enum State {

		/** Not notified, no reasons for not notifying recorded, the deadline ahead. */
		RUNNING,
		/** Not notified, no reasons recorded, the deadline past. */
		OVERDUE,
		/** The CNIL was notified. */
		NOTIFIED,
		/** The reasons for not notifying are recorded (no risk, Art. 33(1)). */
		NOT_NOTIFIED

	}

	public BreachClock {
		Objects.requireNonNull(awareAt, "awareAt");
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(state, "state");
	}

	/** The deadline of a breach the controller became aware of at {@code awareAt}. */
	public static Instant deadline(Instant awareAt) {
		return awareAt.plus(WINDOW);
	}

	/**
	 * The clock at {@code now} of a breach known since {@code awareAt}, notified at
	 * {@code notifiedAt} (or not), with or without reasons for not notifying.
	 */
	public static BreachClock at(Instant now, Instant awareAt, @Nullable Instant notifiedAt,
			boolean reasonsForNotNotifying) {
		Instant deadline = deadline(awareAt);
		if (notifiedAt != null) {
			return new BreachClock(awareAt, deadline, State.NOTIFIED, 0, 0, notifiedAt.isAfter(deadline));
		}
		if (reasonsForNotNotifying) {
			return new BreachClock(awareAt, deadline, State.NOT_NOTIFIED, 0, 0, false);
		}
		if (now.isAfter(deadline)) {
			Duration past = Duration.between(deadline, now);
			return new BreachClock(awareAt, deadline, State.OVERDUE, past.toHours(), past.toMinutesPart(), false);
		}
		Duration left = Duration.between(now, deadline);
		return new BreachClock(awareAt, deadline, State.RUNNING, left.toHours(), left.toMinutesPart(), false);
	}

	/** The deadline as the DPO reads it, in Paris. */
	public ZonedDateTime deadlineInFrance() {
		return deadline.atZone(FrenchDates.FRANCE);
	}

	/** The moment of awareness in Paris. */
	public ZonedDateTime awareInFrance() {
		return awareAt.atZone(FrenchDates.FRANCE);
	}

	/** Whether the clock still asks for something: running or overdue. */
	public boolean pending() {
		return state == State.RUNNING || state == State.OVERDUE;
	}

	public boolean overdue() {
		return state == State.OVERDUE;
	}

}
