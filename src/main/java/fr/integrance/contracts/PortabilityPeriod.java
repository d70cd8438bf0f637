package fr.integrance.contracts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Free continued cover after leaving an employer (portabilité, CSS art. L911-8): from the
 * day after the employment ends, for as long as the last employment lasted, counted in
 * months and rounded up to a whole month, at most twelve months; only when the reason for
 * leaving opens unemployment rights ({@link TerminationReason#opensPortability()}).
 * <p>
 * Example: employed from 1 March to 15 May (2 months and 15 days → 3 months), portability
 * from 16 May to 15 August.
 *
 * @param months 1 to 12
 * @param from the day after the employment's last day
 * @param until the last day of continued cover
 */
public record PortabilityPeriod(int months, LocalDate from, LocalDate until) {

	public static final int MAX_MONTHS = 12;

	/**
	 * The period owed for an employment from {@code employmentStart} to
	 * {@code employmentEnd} (both included) ended for {@code reason}; empty when the
	 * reason opens no portability.
	 */
	public static Optional<PortabilityPeriod> of(LocalDate employmentStart, LocalDate employmentEnd,
			TerminationReason reason) {
		Objects.requireNonNull(employmentStart, "employmentStart");
		Objects.requireNonNull(employmentEnd, "employmentEnd");
		Objects.requireNonNull(reason, "reason");
		if (!reason.opensPortability() || employmentEnd.isBefore(employmentStart)) {
			return Optional.empty();
		}
		Period length = Period.between(employmentStart, employmentEnd.plusDays(1));
		long months = length.toTotalMonths() + (length.getDays() > 0 ? 1 : 0);
		int owed = (int) Math.min(Math.max(months, 1), MAX_MONTHS);
		LocalDate from = employmentEnd.plusDays(1);
		// From the day after the employment, to the day before the same day `owed` months
		// later: counted from `from`, not from the last day, so that 30 April gives 31
		// May, not 30 May.
		return Optional.of(new PortabilityPeriod(owed, from, from.plusMonths(owed).minusDays(1)));
	}
}
