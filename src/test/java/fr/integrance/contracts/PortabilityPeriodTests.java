package fr.integrance.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Portability per CSS L911-8: employment length in months rounded up, at most 12, only
 * for some reasons.
 */
class PortabilityPeriodTests {

	@ParameterizedTest(name = "{0} to {1} → {2} months, until {3}")
	@CsvSource({
			// whole months
			"2026-01-01, 2026-03-31, 3, 2026-06-30",
			// 2 months and 15 days → 3
			"2026-03-01, 2026-05-15, 3, 2026-08-15",
			// one day → 1 month
			"2026-03-10, 2026-03-10, 1, 2026-04-10",
			// a month and a day → 2
			"2026-01-01, 2026-02-01, 2, 2026-04-01",
			// 11 months and a few days → 12
			"2025-01-10, 2025-12-20, 12, 2026-12-20",
			// longer than a year → capped at 12
			"2015-09-01, 2026-04-30, 12, 2027-04-30",
			// end of month arithmetic
			"2025-12-01, 2026-01-31, 2, 2026-03-31",
			// month ends: the period starts the day after and ends the day before the
			// same day later
			"2026-04-01, 2026-04-30, 1, 2026-05-31", "2026-02-01, 2026-02-28, 1, 2026-03-31",
			"2026-01-01, 2026-01-31, 1, 2026-02-28", "2024-01-01, 2024-01-31, 1, 2024-02-29",
			"2024-02-01, 2024-02-29, 1, 2024-03-31", "2025-11-01, 2026-04-30, 6, 2026-10-31" })
	void monthsRoundedUpAndCapped(LocalDate start, LocalDate end, int months, LocalDate until) {
		PortabilityPeriod period = PortabilityPeriod.of(start, end, TerminationReason.DISMISSAL).orElseThrow();

		assertThat(period.months()).isEqualTo(months);
		assertThat(period.from()).isEqualTo(end.plusDays(1));
		assertThat(period.until()).isEqualTo(until);
	}

	@ParameterizedTest
	@EnumSource(value = TerminationReason.class, names = { "DISMISSAL", "ECONOMIC_DISMISSAL",
			"CONVENTIONAL_TERMINATION", "END_OF_FIXED_TERM_CONTRACT", "LEGITIMATE_RESIGNATION" })
	void reasonsOpeningUnemploymentRightsOpenPortability(TerminationReason reason) {
		assertThat(PortabilityPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), reason)).isPresent();
	}

	@ParameterizedTest
	@EnumSource(value = TerminationReason.class,
			names = { "GROSS_MISCONDUCT_DISMISSAL", "RESIGNATION", "RETIREMENT", "DEATH", "OTHER" })
	void grossMisconductResignationRetirementDeathOpenNone(TerminationReason reason) {
		assertThat(PortabilityPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), reason)).isEmpty();
	}

}
