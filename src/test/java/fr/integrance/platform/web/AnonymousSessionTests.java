package fr.integrance.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A visitor who only reads creates no session (issue 11: 100 anonymous GETs of the home
 * page made 100 session rows). The pages' forms carry a CSRF token kept in an HttpOnly
 * cookie until the visitor has a session of their own, and that token is checked. Against
 * the real server: MockMvc's csrf() helper would swap the token store of a shared
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class AnonymousSessionTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/offres", "/politique-de-confidentialite", "/cookies", "/mes-droits",
			"/mentions-legales", "/connexion", "/mot-de-passe-oublie", "/contact" })
	void readWhenAnonymousThenNoSession(String path) throws Exception {
		int before = sessions();
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().allValues("Set-Cookie")).as(path)
				.noneMatch(cookie -> cookie.startsWith("SESSION="));
		}
		assertThat(sessions()).as(path).isEqualTo(before);
	}

	@Test
	void postWhenAnonymousThenTheCookieTokenIsChecked() throws Exception {
		HttpResponse<String> page = get("/connexion");
		Matcher token = TOKEN.matcher(page.body());
		assertThat(token.find()).isTrue();
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("CSRF-VISITEUR="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		String visitorCookie = cookie.substring(0, cookie.indexOf(';'));

		assertThat(post("/connexion", visitorCookie, token.group(1)).statusCode()).as("right token").isEqualTo(302);
		assertThat(post("/connexion", visitorCookie, "forged").statusCode()).as("wrong token").isEqualTo(403);
		assertThat(post("/connexion", "CSRF-VISITEUR=other", token.group(1)).statusCode()).as("another cookie")
			.isEqualTo(403);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookie, String token)
			throws IOException, InterruptedException {
		String body = String.join("&",
				List.of("identifiant=" + URLEncoder.encode("personne@example.fr", StandardCharsets.UTF_8),
						"motDePasse=faux", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int sessions() {
		Integer count = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
		return count == null ? 0 : count;
	}

}
