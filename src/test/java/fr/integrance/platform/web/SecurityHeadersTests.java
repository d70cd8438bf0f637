package fr.integrance.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every response carries the strict security headers — an HTML page, an error page and a
 * static file — and no error page discloses an exception, a stack trace or the server's
 * version. Runs against the real server so that errors go through the container's error
 * dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityHeadersTests.FailingEndpoint.class)
@Tag("integration")
class SecurityHeadersTests {

	static final String SECRET_EXCEPTION_TEXT = "secret-exception-text-42";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void htmlPageWhenRequestedThenCarriesSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/", "text/html");

		assertThat(response.statusCode()).isEqualTo(200);
		assertSecurityHeaders(response.headers());
	}

	@Test
	void staticFileWhenRequestedThenCarriesSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/css/app.css", "text/css");

		assertThat(response.statusCode()).isEqualTo(200);
		assertSecurityHeaders(response.headers());
	}

	@Test
	void notFoundPageWhenUnknownPathThenFrenchPageWithIncidentIdAndHeaders() throws Exception {
		HttpResponse<String> response = get("/page-qui-n-existe-pas", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertSecurityHeaders(response.headers());
		assertThat(response.body()).contains("Cette page est introuvable").contains("Numéro d’incident");
		assertThat(response.body()).containsPattern("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}");
	}

	@Test
	void forbiddenPageWhenPostWithoutCsrfTokenThenFrench403WithHeaders() throws Exception {
		// The back office sends a visitor to the login page (identity module); a refused
		// form post is the 403 every visitor can meet.
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertSecurityHeaders(response.headers());
		assertThat(response.body()).contains("Vous n’avez pas accès à cette page").contains("Numéro d’incident");
	}

	@Test
	void backOfficeWhenAnonymousThenLoginRedirectWithHeaders() throws Exception {
		HttpResponse<String> response = get("/gestion", "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/connexion");
		assertSecurityHeaders(response.headers());
	}

	@Test
	void serverErrorPageWhenHandlerFailsThenIncidentIdAndNoExceptionText() throws Exception {
		HttpResponse<String> response = get("/test/boom", "text/html");

		assertThat(response.statusCode()).isEqualTo(500);
		assertSecurityHeaders(response.headers());
		assertThat(response.body()).contains("Un incident technique").contains("Numéro d’incident");
		assertThat(response.body()).containsPattern("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}");
		assertThat(response.body()).doesNotContain(SECRET_EXCEPTION_TEXT)
			.doesNotContain("IllegalStateException")
			.doesNotContain("at fr.integrance")
			.doesNotContainIgnoringCase("tomcat");
	}

	@Test
	void serverErrorWhenJsonRequestedThenNoExceptionText() throws Exception {
		HttpResponse<String> response = get("/test/boom", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("incidentId")
			.doesNotContain(SECRET_EXCEPTION_TEXT)
			.doesNotContain("exception")
			.doesNotContain("trace");
	}

	@Test
	void malformedRequestWhenRejectedByContainerThenNoServerVersion() throws Exception {
		// An encoded slash is refused before Spring sees it: the container's own answer
		// must not name the server either.
		HttpResponse<String> response = get("/a%2F..%2Fb", "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertSecurityHeaders(response.headers());
		assertThat(response.body()).contains("lang=\"fr\"")
			.contains("Demande incorrecte")
			.doesNotContainIgnoringCase("tomcat");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void assertSecurityHeaders(HttpHeaders headers) {
		String csp = headers.firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Strict-Transport-Security").orElse("")).contains("max-age=31536000");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Server")).isEmpty();
		assertThat(headers.firstValue("X-Powered-By")).isEmpty();
	}

	@TestConfiguration
	@RestController
	static class FailingEndpoint {

		@GetMapping("/test/boom")
		String boom() {
			throw new IllegalStateException(SECRET_EXCEPTION_TEXT);
		}

	}

}
