package fr.integrance.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.IntegrationTest;
import fr.integrance.consent.MarketingUnsubscribeLinks;
import fr.integrance.consent.MutableClockConfiguration;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.statistics.StatisticsOptOut;
import fr.integrance.testsupport.MutableClock;

@IntegrationTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AudienceStatisticsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AudienceStatistics statistics;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MarketingUnsubscribeLinks links;

	@BeforeEach
	void emptyTables() {
		jdbc.update("delete from page_view_event");
		jdbc.update("delete from page_view_daily");
		// A fixed noon, so that a few page views never straddle midnight.
		clock.set(LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private List<String> rawPaths() {
		return jdbc.queryForList("select page_path from page_view_event order by id", String.class);
	}

	@Test
	void countsAPublicPageUnderItsRouteWithNoIdentifier() throws Exception {
		mvc.perform(get("/").header("User-Agent", "Mozilla/5.0").with(r -> {
			r.setRemoteAddr("203.0.113.57");
			return r;
		}));
		mvc.perform(get("/offres").queryParam("formule", "2"));
		mvc.perform(get("/desinscription/" + "A".repeat(43)));

		assertThat(rawPaths()).containsExactly("/", "/offres");
		// The table has no column that could hold an identifier.
		assertThat(jdbc.queryForList(
				"select column_name from information_schema.columns where lower(table_name) = " + "'page_view_event'",
				String.class))
			.extracting(String::toLowerCase)
			.containsExactlyInAnyOrder("id", "page_path", "viewed_at");
	}

	@Test
	void recordsTheRoutePatternNeverTheValuesInTheUrl() throws Exception {
		// The unsubscribe page is a public page with a token in its URL: only the pattern
		// is kept.
		String path = links.linkFor(DataSubjectRef.person("stats-1")).getPath();

		mvc.perform(get(path));

		assertThat(rawPaths()).containsExactly("/desinscription/{token}");
	}

	@Test
	void skipsVisitorsWhoObjectedOrAskNotToBeTracked() throws Exception {
		mvc.perform(get("/").cookie(new Cookie(StatisticsOptOut.COOKIE_NAME, StatisticsOptOut.OPTED_OUT)));
		mvc.perform(get("/").header("Sec-GPC", "1"));
		mvc.perform(get("/").header("DNT", "1"));

		assertThat(rawPaths()).isEmpty();
	}

	@Test
	void skipsStaticFilesErrorsRedirectsPostsAndTechnicalPaths() throws Exception {
		mvc.perform(get("/css/app.css"));
		mvc.perform(get("/js/consent.js"));
		mvc.perform(get("/page-inconnue"));
		mvc.perform(get("/actuator/health"));
		mvc.perform(get("/dev/mails"));
		mvc.perform(get("/cookies/preuve"));
		mvc.perform(post("/cookies/choix").param("action", "refuse-all").param("source", "banner").with(csrf()));

		assertThat(rawPaths()).isEmpty();
	}

	@Test
	void dailyJobSumsEachFinishedDayPerPage() throws Exception {
		mvc.perform(get("/"));
		mvc.perform(get("/"));
		mvc.perform(get("/offres"));
		LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		assertThat(statistics.aggregateCompletedDays()).as("today is not finished").isZero();

		clock.advance(Period.ofDays(1));
		mvc.perform(get("/"));
		assertThat(statistics.aggregateCompletedDays()).isEqualTo(1);
		assertThat(statistics.aggregateCompletedDays()).as("a day is summed once").isZero();

		assertThat(statistics.dailyViews(day)).extracting(PageViewDailyEntity::pagePath, PageViewDailyEntity::views)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("/", 2L),
					org.assertj.core.groups.Tuple.tuple("/offres", 1L));
	}

	@Test
	void rawEventsOlderThanTheRegisterRetentionAreDeletedDaily() {
		assertThat(statistics.rawRetention()).isEqualTo(Period.ofMonths(3));
		Instant start = clock.instant();
		statistics.record("/");
		clock.advance(Period.ofMonths(1));
		statistics.record("/offres");

		clock.set(start.atZone(ZoneOffset.UTC).plus(Period.ofMonths(3)).minusSeconds(1).toInstant());
		assertThat(statistics.purgeExpiredRawEvents()).isZero();

		clock.set(start.atZone(ZoneOffset.UTC).plus(Period.ofMonths(3)).plusSeconds(1).toInstant());
		statistics.daily();

		assertThat(rawPaths()).containsExactly("/offres");
		// Counted before being deleted: the daily sums keep the old view, anonymous.
		assertThat(statistics.dailyViews(start.atZone(ZoneOffset.UTC).toLocalDate()))
			.extracting(PageViewDailyEntity::views)
			.containsExactly(1L);
	}

	@Test
	void dailySumsAreKeptTwentyFiveMonths() {
		statistics.record("/");
		clock.advance(Period.ofDays(1));
		statistics.aggregateCompletedDays();
		clock.advance(Period.ofMonths(25));

		assertThat(statistics.purgeExpiredAggregates()).isEqualTo(1);
	}

}
