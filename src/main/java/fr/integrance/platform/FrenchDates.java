package fr.integrance.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar of the mutual: France's. The application's {@link Clock} is in UTC, whose
 * date is still yesterday's between midnight and 1 or 2 a.m. in Paris; a date « today »
 * is taken here.
 */
public final class FrenchDates {

	/** Metropolitan France, where the mutual and its staff work. */
	public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private FrenchDates() {
	}

	/** Today's date in France at the clock's instant, whatever the clock's own zone. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), FRANCE);
	}

}
