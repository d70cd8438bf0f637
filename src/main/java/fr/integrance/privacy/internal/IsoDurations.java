package fr.integrance.privacy.internal;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;

/**
 * ISO-8601 durations as the register writes them: a date-based period ({@code P3Y},
 * {@code P13M}, {@code P90D}) or a time-based duration ({@code PT30M}, {@code PT24H}),
 * compared in months of 30.44 days, which is precise enough to tell 13 months from 2
 * years.
 */
public final class IsoDurations {

	private static final double DAYS_PER_MONTH = 365.25 / 12;

	private IsoDurations() {
	}

	/** The length in (average) months, or empty when the text is no ISO-8601 duration. */
	public static OptionalDouble months(String iso) {
		if (iso == null || iso.isBlank()) {
			return OptionalDouble.empty();
		}
		try {
			Period period = Period.parse(iso);
			return OptionalDouble.of(period.toTotalMonths() + period.getDays() / DAYS_PER_MONTH);
		}
		catch (DateTimeParseException notAPeriod) {
			try {
				Duration duration = Duration.parse(iso);
				return OptionalDouble.of(duration.getSeconds() / 86_400.0 / DAYS_PER_MONTH);
			}
			catch (DateTimeParseException notADuration) {
				return OptionalDouble.empty();
			}
		}
	}

	public static boolean isValid(String iso) {
		return months(iso).isPresent();
	}

}
