package fr.integrance.website;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.IntegrationTest;

/**
 * The home page speaks French by default, English when asked, and never another language.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homeWhenFirstVisitThenFrenchWithEveryAudience() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(MockMvcRequestBuilders.get("/").header("Accept-Language", "en-US,en;q=0.9"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(HttpStatus.OK.value());
		String html = response.getContentAsString();
		assertThat(html).contains("<html lang=\"fr\"")
			.contains("Mutuelle Intégrance")
			.contains("Aller au contenu")
			.contains("href=\"/iadherent\"")
			.contains("href=\"/icollectif\"")
			.contains("href=\"/itutelle\"")
			.contains("href=\"/offres\"")
			.contains("Politique de confidentialité")
			.contains("Gestion des cookies")
			.contains("Mes droits")
			.contains("Contacter le DPO")
			.contains("href=\"/politique-de-confidentialite#contact\"")
			.contains("Mentions légales");
	}

	@Test
	void homeWhenEnglishChosenThenEnglishAndRemembered() throws Exception {
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/").param("lang", "en"))
			.andReturn()
			.getResponse();

		assertThat(response.getContentAsString()).contains("<html lang=\"en\"").contains("Skip to content");
		assertThat(response.getCookie("lang")).isNotNull();
		assertThat(Objects.requireNonNull(response.getCookie("lang")).isHttpOnly()).isTrue();
	}

	@Test
	void homeWhenUnsupportedLanguageThenFrench() throws Exception {
		String html = mvc.perform(MockMvcRequestBuilders.get("/").param("lang", "de"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<html lang=\"fr\"").contains("Aller au contenu");
	}

	@Test
	void legalNoticeWhenRequestedThenNamesThePublisher() throws Exception {
		String html = mvc.perform(MockMvcRequestBuilders.get("/mentions-legales"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Mentions légales").contains("340 359 900");
	}

	@Test
	void offersWhenRequestedThenComparesEveryPlanWithFrenchPrices() throws Exception {
		String html = mvc.perform(MockMvcRequestBuilders.get("/offres")).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Essentielle")
			.contains("Confort")
			.contains("Sérénité")
			.contains("Optique")
			.contains("14,90")
			.contains("76 ans et plus")
			.contains("href=\"/souscription?formule=confort\"");
	}

}
