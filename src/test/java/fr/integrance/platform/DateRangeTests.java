package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Periods of days, ends included, possibly open. */
class DateRangeTests {

	private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

	private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

	@Test
	void containsBothEnds() {
		DateRange year = DateRange.of(JAN_1, DEC_31);

		assertThat(year.contains(JAN_1)).isTrue();
		assertThat(year.contains(DEC_31)).isTrue();
		assertThat(year.contains(JAN_1.minusDays(1))).isFalse();
		assertThat(year.contains(DEC_31.plusDays(1))).isFalse();
	}

	@Test
	void anOpenPeriodContainsEveryDayFromItsStart() {
		DateRange open = DateRange.from(JAN_1);

		assertThat(open.isOpenEnded()).isTrue();
		assertThat(open.end()).isEmpty();
		assertThat(open.contains(LocalDate.of(2999, 1, 1))).isTrue();
		assertThat(open.contains(JAN_1.minusDays(1))).isFalse();
	}

	@Test
	void aOneDayPeriodIsAllowedAndAnEndBeforeTheStartIsNot() {
		assertThat(DateRange.of(JAN_1, JAN_1).contains(JAN_1)).isTrue();
		assertThatThrownBy(() -> DateRange.of(JAN_1, JAN_1.minusDays(1))).hasMessage("date-range.end-before-start");
		assertThatThrownBy(() -> DateRange.of(null, JAN_1)).hasMessage("date-range.start.required");
	}

	@Test
	void overlapsWhenSharingADay() {
		DateRange year = DateRange.of(JAN_1, DEC_31);

		assertThat(year.overlaps(DateRange.of(DEC_31, DEC_31.plusYears(1)))).isTrue();
		assertThat(year.overlaps(DateRange.of(DEC_31.plusDays(1), DEC_31.plusYears(1)))).isFalse();
		assertThat(year.overlaps(DateRange.from(LocalDate.of(2020, 1, 1)))).isTrue();
		assertThat(DateRange.from(JAN_1).overlaps(DateRange.from(DEC_31))).isTrue();
		assertThat(DateRange.from(DEC_31.plusDays(1)).overlaps(year)).isFalse();
		assertThat(year.overlaps(DateRange.of(JAN_1.minusYears(1), JAN_1.minusDays(1)))).isFalse();
	}

	@Test
	void closesAnOpenPeriod() {
		assertThat(DateRange.from(JAN_1).endingOn(DEC_31)).isEqualTo(DateRange.of(JAN_1, DEC_31));
		assertThat(DateRange.from(JAN_1).toString()).isEqualTo("[2025-01-01, …)");
	}

}
