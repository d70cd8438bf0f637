package fr.integrance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.TestAccounts;
import fr.integrance.security.AuthorizationMatrix.Caller;
import fr.integrance.security.AuthorizationMatrix.Expectation;
import fr.integrance.security.AuthorizationMatrix.Row;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * CSRF on every state-changing request (RULES.md §6): each state-changing endpoint of the
 * authorization table, called by a caller it lets in, is refused without a token and with
 * a wrong one, and accepted with the token of a page the application rendered. The
 * stateless API is left out: no cookie confers anything there, so there is nothing to
 * forge.
 */
@IdentityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	enum Token {

		NONE, WRONG, RIGHT

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	MatrixFixtures fixtures;

	@BeforeAll
	void createTenants() {
		fixtures = new MatrixFixtures(mvc, accounts, clock);
	}

	/**
	 * One-click unsubscribe (RFC 8058): mail clients POST with no session and no token;
	 * the unguessable token in the path is the secret, and the only effect is to stop
	 * marketing. UnsubscribeTests covers it; every other form needs the CSRF token.
	 */
	static final java.util.Set<String> CSRF_EXEMPT = java.util.Set.of("POST /desinscription/{token}");

	static Stream<Arguments> stateChangingEndpoints() {
		return AuthorizationMatrix.rows()
			.stream()
			.filter(Row::stateChanging)
			.filter(row -> !row.path().startsWith("/api/"))
			.filter(row -> !CSRF_EXEMPT.contains(row.method() + " " + row.path()))
			.flatMap(row -> Stream.of(Token.values()).map(token -> Arguments.of(row.method(), row.path(), token)));
	}

	@Test
	void tableHasStateChangingEndpoints() {
		assertThat(stateChangingEndpoints()).hasSizeGreaterThan(30);
	}

	@ParameterizedTest(name = "{0} {1} with token {2}")
	@MethodSource("stateChangingEndpoints")
	void stateChangingEndpointNeedsTheRightCsrfToken(String method, String path, Token token) throws Exception {
		Row row = AuthorizationMatrix.rows()
			.stream()
			.filter(candidate -> candidate.method().equals(method) && candidate.path().equals(path))
			.findFirst()
			.orElseThrow();
		Caller caller = row.expectations()
			.entrySet()
			.stream()
			.filter(cell -> cell.getValue() == Expectation.ALLOW)
			.map(java.util.Map.Entry::getKey)
			.findFirst()
			.orElse(Caller.ANONYMOUS);
		WebSession browser = fixtures.browserOf(caller);
		String rendered = renderedToken(browser, caller);
		String uri = expand(path, caller, browser);

		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
		switch (token) {
			case NONE -> {
			}
			case WRONG -> request.param("_csrf", "pas-le-bon-jeton-" + UUID.randomUUID());
			case RIGHT -> request.param("_csrf", rendered);
		}
		MockHttpServletResponse response = browser.perform(request);

		if (token == Token.RIGHT) {
			assertThat(response.getStatus()).as("%s %s as %s with the right token", method, path, caller)
				.isNotEqualTo(403)
				.isLessThan(500);
		}
		else {
			assertThat(response.getStatus()).as("%s %s as %s with token %s", method, path, caller, token)
				.isEqualTo(403);
		}
	}

	@Test
	void logoutWithoutTokenDoesNotEndTheSession() throws Exception {
		WebSession browser = fixtures.browserOf(Caller.MEMBER);

		assertThat(browser.perform(MockMvcRequestBuilders.post("/deconnexion")).getStatus()).isEqualTo(403);

		assertThat(browser.get("/iadherent").getStatus()).isEqualTo(200);
	}

	/**
	 * A token as the application renders it in a form: the login form, or the logout
	 * button.
	 */
	private static String renderedToken(WebSession browser, Caller caller) throws UnsupportedEncodingException {
		String page = caller == Caller.ANONYMOUS ? "/connexion" : "/compte/securite";
		String token = Jsoup.parse(browser.get(page).getContentAsString()).select("input[name=_csrf]").attr("value");
		assertThat(token).as("CSRF token rendered on %s", page).isNotBlank();
		return token;
	}

	private String expand(String path, Caller caller, WebSession browser) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String value = fixtures.variable(matcher.group(1)).own().apply(caller, browser);
			matcher.appendReplacement(uri, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

}
