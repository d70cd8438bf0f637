package fr.integrance.website.cookies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Period;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.integrance.IntegrationTest;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentProof;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.Decision;
import fr.integrance.consent.MutableClockConfiguration;
import fr.integrance.consent.VisitorChoice;
import fr.integrance.consent.VisitorConsents;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.testsupport.MutableClock;

@IntegrationTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = { "app.consent.tags[0].id=demo-analytics",
		"app.consent.tags[0].purpose=audience-measurement", "app.consent.tags[0].src=/js/tags/demo-analytics.js" })
class CookieConsentPagesTests {

	static final String AUDIENCE = "audience-measurement";

	/**
	 * Built per test: container sessions, see
	 * {@link fr.integrance.testsupport.ContainerSessionMockMvc}.
	 */
	MockMvc mvc;

	@Autowired
	org.springframework.web.context.WebApplicationContext webApplicationContext;

	@org.junit.jupiter.api.BeforeEach
	void mockMvcWithContainerSessions() {
		mvc = fr.integrance.testsupport.ContainerSessionMockMvc.of(webApplicationContext);
	}

	@Autowired
	VisitorConsents visitorConsents;

	@Autowired
	ConsentManagement consents;

	@Autowired
	CookieCatalogue catalogue;

	@Autowired
	ProcessingRegister register;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private Document page(String path, Cookie... cookies) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletResponse choose(String source, String action, @Nullable String returnPath, Cookie... cookies)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/cookies/choix").param("source", source)
			.param("action", action)
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr("203.0.113.57");
				return r;
			})
			.header("User-Agent", "Mozilla/5.0 test");
		if (returnPath != null) {
			request.param("retour", returnPath);
		}
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static Cookie consentCookie(MockHttpServletResponse response) {
		Cookie cookie = Objects.requireNonNull(response.getCookie(VisitorConsents.COOKIE_NAME));
		assertThat(cookie).as("consent cookie set").isNotNull();
		return new Cookie(cookie.getName(), cookie.getValue());
	}

	private List<String> consentRequiredCookieNames() {
		return register.current().cookies().stream().filter(c -> !c.exempt()).map(Register.Cookie::name).toList();
	}

	@Test
	void firstVisitShowsTheBannerWithThreeEquallyProminentChoices() throws Exception {
		Document home = page("/");

		Element banner = Objects.requireNonNull(home.selectFirst("section.consent-banner"));
		assertThat(banner).isNotNull();
		assertThat(banner.select("h2").text()).isEqualTo("Vos choix en matière de cookies");
		List<Element> choices = banner.select(".consent-actions button, .consent-actions a");
		assertThat(choices).extracting(Element::text).containsExactly("Tout accepter", "Tout refuser", "Personnaliser");
		assertThat(choices).extracting(Element::className).containsOnly("button consent-button");
		assertThat(banner.select("a:contains(Personnaliser)").attr("href")).isEqualTo("/cookies");
		assertThat(banner.select("form")).allSatisfy(form -> {
			assertThat(form.attr("method")).isEqualTo("post");
			assertThat(form.select("input[name=_csrf]")).hasSize(1);
		});
		// Each purpose that needs consent is named with its vendors.
		assertThat(banner.text()).contains("Mesure d’audience", "Google Analytics", "Matomo", "Publicité", "Facebook");
	}

	@Test
	void bannerIsNotOnTheSettingsPage() throws Exception {
		assertThat(page("/cookies").select("section.consent-banner")).isEmpty();
	}

	@Test
	void refuseAllSetsOnlyTheConsentCookieKeepsTagsInertAndGoesBack() throws Exception {
		MockHttpServletResponse response = choose("banner", "refuse-all", "/offres?formule=2");

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/offres?formule=2");
		String setCookie = response.getHeaders("Set-Cookie")
			.stream()
			.filter(h -> h.startsWith(VisitorConsents.COOKIE_NAME + "="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).contains("Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=");
		long maxAge = Long.parseLong(setCookie.replaceAll(".*Max-Age=(\\d+);.*", "$1"));
		assertThat(maxAge).isBetween(181L * 86_400, 184L * 86_400);
		// No optional cookie is written; the only others are expiries (Max-Age=0).
		response.getHeaders("Set-Cookie")
			.stream()
			.filter(h -> !h.startsWith(VisitorConsents.COOKIE_NAME + "="))
			.forEach(h -> assertThat(h).contains("Max-Age=0"));

		Cookie cookie = consentCookie(response);
		VisitorChoice choice = visitorConsents.read(cookie.getValue()).orElseThrow();
		assertThat(catalogue.consentPurposeIds()).allSatisfy(p -> assertThat(choice.allows(p)).isFalse());
		assertThat(consents.currentState(choice.subject()).values()).isNotEmpty()
			.allSatisfy(state -> assertThat(state.decision()).isEqualTo(Decision.REFUSED));

		Document home = page("/", cookie);
		assertThat(home.select("section.consent-banner")).isEmpty();
		assertThat(home.select("script[data-consent-tag=demo-analytics]")).singleElement().satisfies(tag -> {
			assertThat(tag.attr("type")).isEqualTo("text/plain");
			assertThat(tag.hasAttr("src")).isFalse();
		});
	}

	@Test
	void acceptAllActivatesTheDeclaredTagFromOurOwnOrigin() throws Exception {
		MockHttpServletResponse response = choose("banner", "accept-all", "/");
		Cookie cookie = consentCookie(response);

		Document home = page("/", cookie);

		assertThat(home.select("section.consent-banner")).isEmpty();
		Element tag = Objects.requireNonNull(home.selectFirst("script[data-consent-tag=demo-analytics]"));
		assertThat(tag.hasAttr("type")).isFalse();
		assertThat(tag.attr("src")).startsWith("/js/tags/demo-analytics").endsWith(".js");
		assertThat(tag.attr("data-consent-purpose")).isEqualTo(AUDIENCE);
		VisitorChoice choice = visitorConsents.read(cookie.getValue()).orElseThrow();
		assertThat(consents.proofFor(choice.subject()).records()).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.decision()).isEqualTo(Decision.GIVEN);
			assertThat(entry.method()).isEqualTo(ConsentMethod.BANNER_ACCEPT_ALL);
			assertThat(entry.truncatedIp()).isEqualTo("203.0.113.0");
			assertThat(entry.userAgent()).isEqualTo("Mozilla/5.0 test");
		});
	}

	@Test
	void tamperedCookieIsIgnoredSoTheBannerShowsAgain() throws Exception {
		Cookie cookie = consentCookie(choose("banner", "refuse-all", "/"));
		String[] parts = cookie.getValue().split("\\.");
		String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

		Document home = page("/", new Cookie(VisitorConsents.COOKIE_NAME, forged));

		assertThat(home.select("section.consent-banner")).hasSize(1);
		assertThat(home.select("script[data-consent-tag=demo-analytics]").attr("type")).isEqualTo("text/plain");
	}

	@Test
	void choiceOlderThanSixMonthsBringsTheBannerBack() throws Exception {
		Cookie cookie = consentCookie(choose("banner", "accept-all", "/"));
		clock.advance(Period.ofMonths(6).minusDays(1));
		assertThat(page("/", cookie).select("section.consent-banner")).isEmpty();

		clock.advance(Period.ofDays(1));
		Document home = page("/", cookie);

		assertThat(home.select("section.consent-banner")).hasSize(1);
		assertThat(home.select("script[data-consent-tag=demo-analytics]").attr("type")).isEqualTo("text/plain");
	}

	@Test
	void returnPathOffTheSiteGoesHome() throws Exception {
		for (String evil : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "/cookies/choix")) {
			assertThat(choose("banner", "refuse-all", evil).getRedirectedUrl()).as(evil).isEqualTo("/");
		}
	}

	@Test
	void choiceWithoutCsrfTokenIsRefused() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/cookies/choix").param("source", "banner").param("action", "accept-all"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getCookie(VisitorConsents.COOKIE_NAME)).isNull();
	}

	@Test
	void unknownActionIsABadRequest() throws Exception {
		assertThat(choose("banner", "accept-some", "/").getStatus()).isEqualTo(400);
	}

	@Test
	void withdrawalExpiresTheCookiesOfThePurposesButNeverExemptOnes() throws Exception {
		Cookie consent = consentCookie(choose("banner", "accept-all", "/"));

		MockHttpServletResponse response = mvc
			.perform(post("/cookies/choix").param("action", "withdraw")
				.with(csrf())
				.cookie(consent, new Cookie("_ga", "GA1.1.123"), new Cookie("_ga_ABC123", "GS1"),
						new Cookie("_pk_ses.1.a1b2", "1"), new Cookie("lang", "en"), new Cookie("unrelated", "x")))
			.andReturn()
			.getResponse();

		assertThat(response.getRedirectedUrl()).isEqualTo("/cookies");
		List<String> expired = response.getHeaders("Set-Cookie")
			.stream()
			.filter(h -> h.contains("Max-Age=0"))
			.map(h -> h.substring(0, h.indexOf('=')))
			.toList();
		assertThat(expired).containsAll(consentRequiredCookieNames())
			.contains("_ga_ABC123", "_pk_ses.1.a1b2")
			.doesNotContain("lang", "unrelated", VisitorConsents.COOKIE_NAME, "integrance_stats_optout", "SESSION");
		assertThat(response.getHeaders("Set-Cookie")).filteredOn(h -> h.startsWith("_ga="))
			.singleElement()
			.satisfies(h -> assertThat(h).contains("Path=/"));

		VisitorChoice choice = visitorConsents.read(consentCookie(response).getValue()).orElseThrow();
		assertThat(consents.currentState(choice.subject()).values())
			.allSatisfy(state -> assertThat(state.decision()).isEqualTo(Decision.WITHDRAWN));
		assertThat(consents.proofFor(choice.subject()).records()).extracting(ConsentProof.Entry::method)
			.contains(ConsentMethod.BANNER_ACCEPT_ALL, ConsentMethod.SETTINGS_WITHDRAW);
	}

	@Test
	void settingsPageListsPurposesVendorsCookiesAndExemptCookiesWithNothingPreTicked() throws Exception {
		Document settings = page("/cookies");

		assertThat(settings.select("h1").text()).isEqualTo("Gestion des cookies");
		assertThat(settings.select("fieldset.consent-purpose legend")).extracting(Element::text)
			.contains("Publicité", "Mesure d’audience");
		assertThat(settings.select("fieldset.consent-purpose")).hasSize(catalogue.consentPurposeIds().size());
		assertThat(settings.select("input[type=radio]")).isNotEmpty()
			.allSatisfy(radio -> assertThat(radio.hasAttr("checked")).isFalse());
		assertThat(settings.text()).contains("_ga", "Google Analytics", "2 ans", "_fb", "Facebook", "90 jours");
		Element exempt = Objects.requireNonNull(settings.selectFirst("section[aria-labelledby=exemptes-titre]"));
		assertThat(exempt.text()).contains(VisitorConsents.COOKIE_NAME, "SESSION", "lang", "integrance_stats_optout",
				"exempté");
		assertThat(settings.select("a").eachAttr("href"))
			.contains("/politique-de-confidentialite#opposition-statistiques");
		assertThat(settings.text()).contains("Vous n’avez pas encore exprimé de choix");
	}

	@Test
	void perPurposeChoiceKeepsOnlyWhatWasTickedAndSilenceIsRefusal() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/cookies/choix").param("action", "save")
				.param("choix-" + AUDIENCE, "oui")
				.param("choix-advertising", "non")
				.with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(response.getRedirectedUrl()).isEqualTo("/cookies");
		Cookie cookie = consentCookie(response);
		VisitorChoice choice = visitorConsents.read(cookie.getValue()).orElseThrow();
		assertThat(choice.allows(AUDIENCE)).isTrue();
		assertThat(catalogue.consentPurposeIds()).filteredOn(p -> !p.equals(AUDIENCE))
			.allSatisfy(p -> assertThat(choice.allows(p)).isFalse());

		Document settings = page("/cookies", cookie);
		assertThat(settings.select("#choix-audience-measurement-oui").hasAttr("checked")).isTrue();
		assertThat(settings.select("#choix-advertising-non").hasAttr("checked")).isTrue();
		assertThat(Objects.requireNonNull(settings.selectFirst("section.consent-current")).text())
			.contains(register.current().policy().version(), "Mesure d’audience : accepté", "Publicité : refusé");
	}

	@Test
	void proofExportListsEveryChoiceOfTheVisitorOnly() throws Exception {
		Cookie first = consentCookie(choose("banner", "accept-all", "/"));
		clock.advance(Period.ofDays(1));
		Cookie second = consentCookie(choose("page", "refuse-all", null, first));
		choose("banner", "accept-all", "/");

		MockHttpServletResponse response = mvc.perform(get("/cookies/preuve").cookie(second)).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		JsonNode proof = JsonMapper.builder().build().readTree(response.getContentAsString());
		VisitorChoice choice = visitorConsents.read(second.getValue()).orElseThrow();
		int purposes = catalogue.consentPurposeIds().size();
		assertThat(proof.get("subject").asString()).isEqualTo(choice.subject().journalRef());
		List<JsonNode> records = new ArrayList<>();
		proof.get("records").forEach(records::add);
		// The other visitor's choice is not there: two answers of this visitor, one
		// record per purpose each.
		assertThat(records).hasSize(2 * purposes).allSatisfy(entry -> {
			assertThat(entry.get("noticeVersion").asString()).isEqualTo(register.current().policy().version());
			assertThat(entry.get("recordedAt").asString()).isNotBlank();
		});
		assertThat(records.subList(0, purposes)).allSatisfy(entry -> {
			assertThat(entry.get("method").asString()).isEqualTo("BANNER_ACCEPT_ALL");
			assertThat(entry.get("decision").asString()).isEqualTo("GIVEN");
		});
		assertThat(records.subList(purposes, 2 * purposes)).allSatisfy(entry -> {
			assertThat(entry.get("method").asString()).isEqualTo("SETTINGS_REFUSE_ALL");
			assertThat(entry.get("decision").asString()).isEqualTo("WITHDRAWN");
		});
	}

	@Test
	void proofNeedsAGenuineConsentCookie() throws Exception {
		assertThat(mvc.perform(get("/cookies/preuve")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/cookies/preuve").cookie(new Cookie(VisitorConsents.COOKIE_NAME, "1.abc.def")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
