package fr.integrance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.TestAccounts;
import fr.integrance.security.AuthorizationMatrix.Caller;
import fr.integrance.security.AuthorizationMatrix.Expectation;
import fr.integrance.security.AuthorizationMatrix.Row;
import fr.integrance.security.MatrixFixtures.PathVariable;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The authorization matrix (RULES.md §6): the table covers every registered endpoint, and
 * every endpoint answers each caller — a visitor and each role, signed in for real
 * (password and TOTP) — as the table says. Where a path names a tenant-scoped object,
 * another tenant's object and a random id both answer 404. State-changing calls carry a
 * valid CSRF token here; the CSRF protection itself is {@link CsrfTests}'s subject.
 */
@IdentityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MatrixFixtures fixtures;

	@BeforeAll
	void createTenants() {
		fixtures = new MatrixFixtures(mvc, accounts, clock);
	}

	/**
	 * Every controller endpoint of the application, as "METHOD /pattern" (the error page
	 * apart).
	 */
	Set<String> registeredEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> mapping : mappings
			.getHandlerMethods()
			.entrySet()) {
			if (BasicErrorController.class.isAssignableFrom(mapping.getValue().getBeanType())) {
				continue;
			}
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			assertThat(methods).as("%s must declare its HTTP method", info).isNotEmpty();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	@Test
	void everyRegisteredEndpointIsInTheTable() {
		Set<String> inTable = new TreeSet<>();
		AuthorizationMatrix.rows().forEach(row -> inTable.add(row.endpoint()));

		Set<String> missing = new TreeSet<>(registeredEndpoints());
		missing.removeAll(inTable);

		assertThat(missing).as("endpoints missing from %s: add a row for each", AuthorizationMatrix.RESOURCE).isEmpty();
	}

	@Test
	void everyRowOfTheTableIsARegisteredEndpoint() {
		Set<String> registered = registeredEndpoints();
		registered.addAll(AuthorizationMatrix.FILTER_ENDPOINTS);

		Set<String> stale = new TreeSet<>();
		AuthorizationMatrix.rows().forEach(row -> stale.add(row.endpoint()));
		stale.removeAll(registered);

		assertThat(stale).as("rows of %s naming no endpoint", AuthorizationMatrix.RESOURCE).isEmpty();
	}

	static Stream<Arguments> cells() {
		return AuthorizationMatrix.rows()
			.stream()
			.flatMap(row -> row.expectations()
				.entrySet()
				.stream()
				.map(cell -> Arguments.of(row.method(), row.path(), cell.getKey(), cell.getValue())));
	}

	@ParameterizedTest(name = "{0} {1} as {2}: {3}")
	@MethodSource("cells")
	void endpointAnswersAsTheTableSays(String method, String path, Caller caller, Expectation expected) {
		WebSession browser = fixtures.browserOf(caller);
		Map<String, PathVariable> variables = variablesOf(path);
		Map<String, String> own = new LinkedHashMap<>();
		variables.forEach((name, variable) -> own.put(name, variable.own().apply(caller, browser)));

		MockHttpServletResponse response = call(browser, method, expand(path, own));

		assertThat(response.getStatus()).as("%s %s as %s: no server error", method, path, caller).isLessThan(500);
		assertThat(classify(response))
			.as("%s %s as %s (status %d, location %s)", method, path, caller, response.getStatus(),
					response.getRedirectedUrl())
			.isEqualTo(expected);
		if (expected != Expectation.ALLOW) {
			return;
		}
		boolean mustBeFound = variables.values().stream().anyMatch(PathVariable::ownMustBeFound);
		if (mustBeFound) {
			assertThat(response.getStatus()).as("%s %s as %s: own object found", method, path, caller)
				.isNotEqualTo(404);
		}
		// Another tenant's object, then a random id: both unknown.
		variables.forEach((name, variable) -> {
			variable.foreign().apply(caller).ifPresent(foreign -> {
				Map<String, String> values = new LinkedHashMap<>(own);
				values.put(name, foreign);
				assertThat(call(browser, method, expand(path, values)).getStatus())
					.as("%s %s as %s with another tenant's %s", method, path, caller, name)
					.isEqualTo(404);
			});
			if (variable.randomIsNotFound()) {
				Map<String, String> values = new LinkedHashMap<>(own);
				values.put(name, UUID.randomUUID().toString().replace("-", ""));
				assertThat(call(browser, method, expand(path, values)).getStatus())
					.as("%s %s as %s with a random %s", method, path, caller, name)
					.isEqualTo(404);
				values.put(name, UUID.randomUUID().toString());
				assertThat(call(browser, method, expand(path, values)).getStatus())
					.as("%s %s as %s with a random %s", method, path, caller, name)
					.isEqualTo(404);
			}
		});
	}

	private MockHttpServletResponse call(WebSession browser, String method, String uri) {
		return browser.perform(
				MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), uri).with(csrf()));
	}

	/**
	 * LOGIN: sent to the login page (or 401 from the API); DENY: 403; anything else is an
	 * answer.
	 */
	static Expectation classify(MockHttpServletResponse response) {
		if (response.getStatus() == 401) {
			return Expectation.LOGIN;
		}
		if (response.getStatus() == 403) {
			return Expectation.DENY;
		}
		if (response.getStatus() == 302 && response.getRedirectedUrl() != null) {
			URI location = URI.create(response.getRedirectedUrl());
			if ("/connexion".equals(location.getPath())
					&& (location.getQuery() == null || "expiree".equals(location.getQuery()))) {
				return Expectation.LOGIN;
			}
		}
		return Expectation.ALLOW;
	}

	private Map<String, PathVariable> variablesOf(String path) {
		Map<String, PathVariable> variables = new LinkedHashMap<>();
		Matcher matcher = VARIABLE.matcher(path);
		while (matcher.find()) {
			variables.put(matcher.group(1), fixtures.variable(matcher.group(1)));
		}
		return variables;
	}

	private static String expand(String path, Map<String, String> values) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(uri, Matcher.quoteReplacement(values.get(matcher.group(1))));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

}
