package fr.integrance.documents.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FrenchDates;

/**
 * Sizes and dates as the pages show them, in the page's language; dates in France's time
 * zone.
 *
 * @param locale the page's locale
 */
public record DocumentFormats(Locale locale) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** "1,5 Mo" in French, "1.5 MB" in English. */
	public String size(long bytes) {
		boolean french = "fr".equals(locale.getLanguage());
		String[] units = french ? new String[] { "o", "Ko", "Mo", "Go" } : new String[] { "B", "KB", "MB", "GB" };
		double value = bytes;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		NumberFormat format = NumberFormat.getNumberInstance(french ? Locale.FRANCE : Locale.UK);
		format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
		return format.format(value) + "\u00a0" + units[unit];
	}

	/** The share of the quota used, 0 to 100. */
	public int percent(long used, long quota) {
		return quota <= 0 ? 0 : (int) Math.min(100, Math.round(used * 100.0 / quota));
	}

	public String day(@Nullable LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	public String moment(@Nullable Instant instant) {
		return instant == null ? "" : MOMENT.format(ZonedDateTime.ofInstant(instant, FrenchDates.FRANCE));
	}

	/** The ISO date of a date field's value. */
	public String iso(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
