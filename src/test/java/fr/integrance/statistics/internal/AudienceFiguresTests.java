package fr.integrance.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.statistics.AudienceFigures;
import fr.integrance.statistics.AudienceFigures.AudienceReport;
import fr.integrance.statistics.AudienceFigures.DayViews;
import fr.integrance.statistics.AudienceFigures.PageViews;
import fr.integrance.IntegrationTest;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.consent.MutableClockConfiguration;

/**
 * The figures the DPO console reads: the daily sums, completed by the raw events of the
 * days not summed yet, every day of the range present, the pages most viewed first.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AudienceFiguresTests {

	@Autowired
	AudienceFigures figures;

	@Autowired
	AudienceStatistics statistics;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today;

	@BeforeEach
	void emptyTables() {
		jdbc.update("delete from page_view_event");
		jdbc.update("delete from page_view_daily");
		today = LocalDate.now(ZoneOffset.UTC);
		clock.set(today.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	@AfterEach
	void resetClock() {
		jdbc.update("delete from page_view_event");
		jdbc.update("delete from page_view_daily");
		clock.reset();
	}

	private void summed(LocalDate day, String page, long views) {
		jdbc.update("insert into page_view_daily (view_day, page_path, views) values (?, ?, ?)", Date.valueOf(day),
				page, views);
	}

	@Test
	void dailySumsAndTodaysRawViewsOverEveryDayOfTheRange() {
		summed(today.minusDays(2), "/offres", 5);
		summed(today.minusDays(1), "/contact", 3);
		summed(today.minusDays(1), "/offres", 1);
		statistics.record("/offres");
		statistics.record("/");

		AudienceReport report = figures.report(today.minusDays(3), today, 10);

		assertThat(report.days()).containsExactly(new DayViews(today.minusDays(3), 0),
				new DayViews(today.minusDays(2), 5), new DayViews(today.minusDays(1), 4), new DayViews(today, 2));
		assertThat(report.pages()).containsExactly(new PageViews("/offres", 7), new PageViews("/contact", 3),
				new PageViews("/", 1));
		assertThat(report.total()).isEqualTo(11);
		assertThat(figures.report(today.minusDays(3), today, 1).pages()).containsExactly(new PageViews("/offres", 7));
	}

	@Test
	void rawViewsAreCountedOnceTheyAreSummed() {
		statistics.record("/offres");
		clock.set(today.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
		statistics.record("/offres");
		assertThat(figures.report(today, today.plusDays(1), 5).total()).isEqualTo(2);
		statistics.aggregateCompletedDays();
		AudienceReport after = figures.report(today, today.plusDays(1), 5);
		assertThat(after.total()).isEqualTo(2);
		assertThat(after.days()).extracting(DayViews::views).containsExactly(1L, 1L);
	}

	@Test
	void theRangeMustBeInOrderAndTheRetentionIsTheRegisters() {
		assertThatThrownBy(() -> figures.report(today, today.minusDays(1), 5))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(figures.rawRetention()).isEqualTo(Period.ofMonths(3));
	}

}
