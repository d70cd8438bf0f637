package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.testsupport.WebSession;

/**
 * Issue 11, item 8: no redirect is built from the request's Host header (before the fix,
 * {@code Host: evil.example} gave {@code Location: http://evil.example/connexion}).
 */
@IdentityIntegrationTest
class ForgedHostTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void forgedHostNeverReachesALocation() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = new WebSession(mvc);

		MockHttpServletResponse protectedPage = browser
			.perform(MockMvcRequestBuilders.get("http://evil.example/iadherent"));
		assertThat(protectedPage.getHeader("Location")).isEqualTo("/connexion");

		MockHttpServletResponse signedIn = browser.perform(MockMvcRequestBuilders.post("http://evil.example/connexion")
			.param("identifiant", member.login())
			.param("motDePasse", TestAccounts.PASSWORD)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		// The page first asked for, as a path (the request cache adds "?continue").
		assertThat(signedIn.getHeader("Location")).startsWith("/iadherent").doesNotContain("evil");

		MockHttpServletResponse signedOut = browser.perform(MockMvcRequestBuilders
			.post("http://evil.example/deconnexion")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(signedOut.getHeader("Location")).isEqualTo("/connexion?deconnexion");

		MockHttpServletResponse failed = new WebSession(mvc).perform(MockMvcRequestBuilders
			.post("http://evil.example/connexion")
			.param("identifiant", member.login())
			.param("motDePasse", "Wrong-Password-000")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(failed.getHeader("Location")).doesNotContain("evil.example");
	}

}
