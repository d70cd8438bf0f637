package fr.integrance.dpo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.dpo.DpoPages;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The audience page: a table per figure (the chart is drawn from it by a script served
 * locally), the period choice, the empty state, an unknown period refused.
 */
@IdentityIntegrationTest
class StatisticsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	WebSession dpo;

	Duration moved = Duration.ZERO;

	@BeforeEach
	void signIn() {
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
	}

	@AfterEach
	void restoreTheClock() {
		clock.advance(moved.negated());
	}

	@Test
	void todaysViewsAreCountedInTheTablesTheChartsAreDrawnFrom() {
		WebSession visitor = new WebSession(mvc);
		visitor.get("/offres");
		visitor.get("/offres");

		Document page = DpoPages.page(dpo, "/dpo/statistiques?jours=7");
		assertThat(page.select("#table-par-jour tbody tr")).hasSize(7);
		Element today = page.select("#table-par-jour tbody tr").last();
		assertThat(Long.parseLong(today.select("td").attr("data-value"))).isGreaterThanOrEqualTo(2);
		assertThat(page.select("#table-par-page th code").eachText()).contains("/offres");
		assertThat(page.select("[data-chart-for=table-par-jour][aria-hidden=true]")).hasSize(1);
		assertThat(page.select("script[src]").eachAttr("src")).anyMatch(src -> src.endsWith("/dist/chart.umd.js"))
			.anyMatch(src -> src.startsWith("/js/dpo-charts"));
		assertThat(page.select("#jours option[selected]").attr("value")).isEqualTo("7");
		assertThat(page.select(".lead").text()).contains("3 mois");
	}

	@Test
	void theChartLibraryIsServedLocally() throws Exception {
		var response = dpo.get("/webjars/chart.js/dist/chart.umd.js");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Chart");
		assertThat(dpo.get("/js/dpo-charts.js").getStatus()).isEqualTo(200);
	}

	@Test
	void emptyStateOnAPeriodWithoutViews() {
		moved = Duration.ofDays(3650);
		clock.advance(moved);
		// A new sign-in: ten years idle ends the session.
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
		// The sign-in's own pages were counted: only they can be in this far week.
		jdbc.update("delete from page_view_event where viewed_at >= ?",
				java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(7))));
		Document page = DpoPages.page(dpo, "/dpo/statistiques?jours=7");
		assertThat(page.select("#statistiques-vide").text()).isEqualTo("Aucune page vue sur cette période.");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void anUnknownPeriodIsABadRequest() {
		assertThat(dpo.get("/dpo/statistiques?jours=365").getStatus()).isEqualTo(400);
		assertThat(dpo.get("/dpo/statistiques?jours=abc").getStatus()).isEqualTo(400);
	}

}
