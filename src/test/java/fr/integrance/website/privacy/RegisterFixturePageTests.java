package fr.integrance.website.privacy;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.privacy.ProcessingRegister;

/** A register directory with one purpose more changes the notice, with no code change. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "app.privacy.register-dir=src/test/resources/privacy/register-extended")
@Tag("integration")
class RegisterFixturePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessingRegister register;

	@Test
	void configuredRegisterDirectoryAddsItsPurposeToTheNotice() throws Exception {
		String html = mvc.perform(get("/politique-de-confidentialite"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var row = Objects.requireNonNull(Jsoup.parse(html).selectFirst("tr#finalite-website-newsletter"));

		assertThat(register.current().purposes()).hasSize(12);
		assertThat(register.sourceOf("purposes")).endsWith("register-extended/purposes.yml");
		assertThat(row).isNotNull();
		assertThat(row.text()).contains("Envoi de la lettre d’information aux abonnés", "Consentement",
				"Abonné : jusqu’au désabonnement");
		assertThat(Jsoup.parse(html).text()).contains("Version 2026.1-test-extended");
	}

}
