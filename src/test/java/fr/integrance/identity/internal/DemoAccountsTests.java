package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.IntegrationTest;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.WebSession;

/**
 * Every demo account of the README signs in with the documented password and TOTP secret.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "app.demo-data.enabled=true")
@Import(MutableClockConfiguration.class)
class DemoAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Totp totp;

	@Autowired
	MutableClock clock;

	@ParameterizedTest
	@CsvSource({ "adherent, false, /iadherent", "employeur, true, /icollectif", "tuteur.admin, true, /itutelle",
			"tuteur, true, /itutelle", "gestionnaire, true, /gestion", "dpo, true, /dpo",
			"admin, true, /gestion/admin" })
	void demoAccountWhenDocumentedCredentialsThenSignsIn(String name, boolean secondFactor, String home) {
		WebSession browser = new WebSession(mvc);

		MockHttpServletResponse password = browser.post("/connexion", "identifiant", name + "@demo.integrance.fr",
				"motDePasse", "Demo-Integrance-2026");
		if (secondFactor) {
			assertThat(password.getRedirectedUrl()).isEqualTo("/connexion/code");
			password = browser.post("/connexion/code", "code",
					totp.code("INTEGRANCEDEMOTOTPSECRETKEY23456", clock.instant()));
		}

		assertThat(password.getRedirectedUrl()).isEqualTo(home);
		assertThat(browser.get(home).getStatus()).isEqualTo(200);
	}

}
