package fr.integrance.statistics;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Read-only audience figures for the DPO console: page views per day and per page over a
 * range of days (UTC), from the anonymous daily sums, completed with the raw events of
 * the days not summed yet (today). No identifier exists to be shown: the figures are
 * counts of routes.
 */
public interface AudienceFigures {

	/**
	 * The views from {@code first} to {@code last} inclusive: one {@link DayViews} per
	 * day of the range (zero when nothing was viewed), and the most viewed pages.
	 * @param topPages how many pages to list, the most viewed first
	 */
	AudienceReport report(LocalDate first, LocalDate last, int topPages);

	/**
	 * How long raw events are kept (the register's retention of
	 * {@code website-statistics}).
	 */
	Period rawRetention();

	/** Views on one day. */
	record DayViews(LocalDate day, long views) {
	}

	/** Views of one page (its route pattern) over the range. */
	record PageViews(String page, long views) {
	}

	/**
	 * The figures of a range of days.
	 *
	 * @param first the first day
	 * @param last the last day
	 * @param days every day of the range, oldest first
	 * @param pages the most viewed pages, most viewed first (ties by route)
	 * @param total all the views of the range
	 */
	record AudienceReport(LocalDate first, LocalDate last, List<DayViews> days, List<PageViews> pages, long total) {

		public AudienceReport {
			days = List.copyOf(days);
			pages = List.copyOf(pages);
		}

	}

}
