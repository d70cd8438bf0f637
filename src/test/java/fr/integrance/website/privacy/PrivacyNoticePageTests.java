package fr.integrance.website.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Objects;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.statistics.StatisticsOptOut;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
class PrivacyNoticePageTests {

	/**
	 * Taken from the seed (seed/politique-de-confidentialite.txt): every purpose,
	 * retention period, recipient, cookie and right the notice must show.
	 */
	static final List<String> SEED_TEXTS = List.of(
			// §4 purposes
			"Traitement des demandes de souscription", "Traitement des demandes et sollicitations adhérent/prospect",
			"Traitement statistique", "Traitement des demandes d’affiliation au contrat collectif",
			"Traitement des demandes de modification des données des affiliés",
			"Traitement des demandes de modification des données de l’adhérent",
			"Traitement des demandes et sollicitations adhérent", "Création du compte de connexion",
			"Traitement des demandes d’adhésion", "Traitement des demandes et sollicitations pour les adhérents",
			// §4 legal bases and retention
			"Exécution du contrat (mesures précontractuelles)", "Consentement", "Intérêt légitime", "Prospect : 3 ans",
			"Adhérent : durée de vie du contrat plus 6 ans", "Affilié : durée de vie du contrat plus 6 ans",
			"durée de vie du contrat plus 6 ans", "3 mois",
			// §3 data categories
			"Données d’identification", "Données de connexion", "Données économiques et financières",
			"Données de vie personnelle", "Données de nature différente",
			// §5 recipients
			"Réassureurs", "Délégataires et prestataires de service",
			"Auxiliaires de justice et officiers ministériels",
			"lutte contre le blanchiment et le financement du terrorisme", "Autorités légales ou réglementaires",
			"Nous ne vendons pas vos données",
			// §6 transfers
			"clauses contractuelles types", "règles internes d’entreprise", "niveau de protection adéquat",
			// §8 security specifics
			"Spécificité pour l’utilisation du service iTutelle",
			"Spécificité pour l’utilisation du service iCollectif",
			// §9 rights
			"Droit d’accès", "Droit de rectification", "Droit de suppression", "portabilité", "Droit d’opposition",
			"Droit de retirer son consentement", "Droit à la limitation du traitement",
			"Vous contestez l’exactitude de vos données",
			// §10 cookies
			"_fb", "_ga", "_gat_UA-145356388-1", "_gid", "_pk_ref", "pk_id", "_pk_ses", "Axeptio_all_vendors",
			"Axeptio_authorised_vendors", "Axeptio_cookies", "Text-resize", "Lisio", "2 ans", "13 mois", "24 heures",
			"30 minutes", "90 jours", "12 mois", "SESSION", "integrance_consent", "integrance_stats_optout", "Firefox",
			"Chrome", "Edge",
			// §2, §11-§13
			"340 359 900", "dpo@integrance.fr", "75970 PARIS Cedex 20", "3 place de Fontenoy", "BLOCTEL",
			"6 rue Nicolas Siret");

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

	private Document page(String path, Cookie... cookies) throws Exception {
		var request = get(path);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void noticeShowsEveryPurposeRetentionRecipientCookieAndRightOfTheSeed() throws Exception {
		String text = page("/politique-de-confidentialite").text();

		assertThat(SEED_TEXTS).allSatisfy(expected -> assertThat(text).contains(expected));
	}

	@Test
	void noticeHasEverySectionOfTheSeedAndTheContactAnchor() throws Exception {
		Document page = page("/politique-de-confidentialite");

		assertThat(page.select("main h2").eachText()).filteredOn(h -> h.matches("\\d+\\. .*")).hasSize(15);
		assertThat(page.select("section#contact")).hasSize(1);
		assertThat(page.select("section#contact").text()).contains("dpo@integrance.fr");
		assertThat(page.select("a[href=/mes-droits]")).isNotEmpty();
		assertThat(page.select("link[media=print][href*=/css/print]")).hasSize(1);
	}

	@Test
	void noticeTablesHaveCaptionsAndScopedHeadersAndHeadingsDoNotSkipLevels() throws Exception {
		Document page = page("/politique-de-confidentialite");

		assertThat(page.select("main table")).hasSizeGreaterThanOrEqualTo(7).allSatisfy(table -> {
			assertThat(table.select("caption").text()).isNotBlank();
			assertThat(table.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
		});
		int previous = 1;
		assertThat(page.select("main h1")).hasSize(1);
		for (Element heading : page.select("main h1, main h2, main h3, main h4")) {
			int level = heading.tagName().charAt(1) - '0';
			assertThat(level).as("heading '%s' after h%d", heading.text(), previous).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
	}

	@Test
	void purposesTableListsDataCategoriesLegalBasesAndRetentionPerPurpose() throws Exception {
		Element row = Objects
			.requireNonNull(page("/politique-de-confidentialite").selectFirst("tr#finalite-website-statistics"));

		assertThat(row.select("th").text()).isEqualTo("Traitement statistique");
		assertThat(row.select("td").eachText()).containsExactly("Données d’identification", "Intérêt légitime",
				"3 mois");
	}

	@Test
	void englishPageUsesEnglishChromeAndLabels() throws Exception {
		String text = Jsoup
			.parse(mvc.perform(get("/politique-de-confidentialite").param("lang", "en"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.text();

		assertThat(text).contains("Privacy policy", "Handling subscription requests", "Right of access", "Reinsurers");
	}

	@Test
	void optOutSetsAFirstPartyCookieForThirteenMonthsAndConfirms() throws Exception {
		String setCookie = mvc
			.perform(post("/politique-de-confidentialite/opposition-statistiques").param("choice", "opt-out")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/politique-de-confidentialite#opposition-statistiques"))
			.andExpect(flash().attribute("statisticsConfirmation", "privacy.optout.confirmed.out"))
			.andReturn()
			.getResponse()
			.getHeader("Set-Cookie");

		assertThat(Objects.requireNonNull(setCookie)).startsWith("integrance_stats_optout=1;")
			.contains("Path=/", "HttpOnly", "SameSite=Lax");
		long maxAge = Long.parseLong(Objects.requireNonNull(setCookie).replaceAll(".*Max-Age=(\\d+);.*", "$1"));
		// 13 calendar months: between 393 and 397 days whatever the month we start in
		assertThat(maxAge).isBetween(393L * 86_400, 397L * 86_400);
	}

	@Test
	void optOutWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/politique-de-confidentialite/opposition-statistiques").param("choice", "opt-out"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void optInClearsTheCookie() throws Exception {
		mvc.perform(
				post("/politique-de-confidentialite/opposition-statistiques").param("choice", "opt-in").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("Max-Age=0")));
	}

	@Test
	void pageShowsTheCurrentOptOutStateAndAFormWithCsrfToken() throws Exception {
		Document notOptedOut = page("/politique-de-confidentialite");
		assertThat(notOptedOut.select(".optout-state").text()).contains("prises en compte");
		assertThat(notOptedOut.select("form[action$=/opposition-statistiques] input[name=_csrf]")).hasSize(1);

		Document optedOut = page("/politique-de-confidentialite",
				new Cookie(StatisticsOptOut.COOKIE_NAME, StatisticsOptOut.OPTED_OUT));
		assertThat(optedOut.select(".optout-state").text()).contains("vous vous êtes opposé".substring(1));
	}

}
