package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The login form: each role lands in its space, visitors are sent to the form, failures
 * look alike.
 */
@IdentityIntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	WebSession browser;

	@BeforeEach
	void newBrowser() {
		browser = new WebSession(mvc);
		// Every test starts on a fresh TOTP step, so that no code is a replay of another
		// test's.
		clock.advance(Duration.ofSeconds(30));
	}

	@Test
	void loginPageWhenAnonymousThenFrenchFormWithResetLink() throws Exception {
		MockHttpServletResponse response = browser.get("/connexion");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Se connecter")
			.contains("name=\"identifiant\"")
			.contains("name=\"motDePasse\"")
			.contains("name=\"_csrf\"")
			.contains("href=\"/mot-de-passe-oublie\"");
	}

	@Test
	void memberSpaceWhenAnonymousThenRedirectedToLogin() {
		MockHttpServletResponse response = browser.get("/iadherent");

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/connexion");
	}

	@Test
	void loginWhenMemberThenMemberSpace() throws Exception {
		Created member = accounts.account(Role.MEMBER);

		browser.get("/connexion");
		MockHttpServletResponse response = browser.post("/connexion", "identifiant", member.login(), "motDePasse",
				TestAccounts.PASSWORD);

		assertThat(response.getRedirectedUrl()).isEqualTo("/iadherent");
		MockHttpServletResponse home = browser.get("/iadherent");
		assertThat(home.getStatus()).isEqualTo(200);
		assertThat(home.getContentAsString()).contains("Bienvenue dans votre espace adhérent")
			.contains("Mes sessions")
			.contains("Sécurité du compte")
			.contains("action=\"/deconnexion\"");
	}

	@Test
	void loginWhenLoginInOtherCaseAndSpacesThenAccepted() {
		Created member = accounts.account(Role.MEMBER);

		MockHttpServletResponse response = browser.post("/connexion", "identifiant",
				"  " + member.login().toUpperCase() + " ", "motDePasse", TestAccounts.PASSWORD);

		assertThat(response.getRedirectedUrl()).isEqualTo("/iadherent");
	}

	@Test
	void loginWhenUnknownUserOrWrongPasswordThenSameAnswer() throws Exception {
		Created member = accounts.account(Role.MEMBER);

		MockHttpServletResponse unknown = new WebSession(mvc).post("/connexion", "identifiant",
				"nobody@test.integrance.fr", "motDePasse", TestAccounts.PASSWORD);
		MockHttpServletResponse wrong = new WebSession(mvc).post("/connexion", "identifiant", member.login(),
				"motDePasse", "Wrong-Password-123");

		assertThat(unknown.getStatus()).isEqualTo(wrong.getStatus()).isEqualTo(302);
		assertThat(unknown.getRedirectedUrl()).isEqualTo(wrong.getRedirectedUrl()).isEqualTo("/connexion?erreur");
		String unknownPage = new WebSession(mvc).get("/connexion?erreur").getContentAsString();
		assertThat(unknownPage).contains("Connexion impossible");
	}

	@Test
	void loginWhenStaffThenSecondStepAndNothingElse() throws Exception {
		Created staff = accounts.account(Role.STAFF);

		MockHttpServletResponse response = browser.post("/connexion", "identifiant", staff.login(), "motDePasse",
				TestAccounts.PASSWORD);

		assertThat(response.getRedirectedUrl()).isEqualTo("/connexion/code");
		assertThat(browser.get("/gestion").getRedirectedUrl()).isEqualTo("/connexion/code");
		assertThat(browser.get("/compte/securite").getRedirectedUrl()).isEqualTo("/connexion/code");
		assertThat(browser.get("/connexion/code").getStatus()).isEqualTo(200);

		MockHttpServletResponse code = browser.post("/connexion/code", "code", accounts.currentCode());

		assertThat(code.getRedirectedUrl()).isEqualTo("/gestion");
		assertThat(browser.get("/gestion").getStatus()).isEqualTo(200);
	}

	@Test
	void spaceWhenOtherRoleThenForbidden() {
		Created member = accounts.account(Role.MEMBER);
		accounts.signIn(browser, member);

		assertThat(browser.get("/gestion").getStatus()).isEqualTo(403);
		assertThat(browser.get("/itutelle").getStatus()).isEqualTo(403);
		assertThat(browser.get("/dpo").getStatus()).isEqualTo(403);
	}

	@Test
	void loginWhenRequestedPageSavedThenReturnsToIt() {
		Created admin = accounts.account(Role.ADMIN);
		browser.get("/gestion/admin");

		browser.post("/connexion", "identifiant", admin.login(), "motDePasse", TestAccounts.PASSWORD);
		MockHttpServletResponse code = browser.post("/connexion/code", "code", accounts.currentCode());

		assertThat(code.getRedirectedUrl()).contains("/gestion/admin");
	}

}
