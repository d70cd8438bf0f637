package fr.integrance.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.testsupport.WebSession;

/**
 * A deterministic database outage: the application talks to PostgreSQL (127.0.0.1:5432, a
 * database of its own) through a {@link TcpProxy} that the test cuts and restores. While
 * cut, every page — anonymous, sign-in, signed in with a session cookie — answers the
 * French 503 page within 5 s, readiness says DOWN within 5 s, 200 requests at once are
 * all answered within 5 s, static files and the register API are still served; once
 * restored, the application serves again without a restart and the session still holds.
 * Skipped when no PostgreSQL answers on 127.0.0.1:5432.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "postgres" })
@Import(TestAccounts.class)
@DirtiesContext
class DatabaseOutageTests {

	private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private static final Duration BUDGET = Duration.ofSeconds(5);

	private static final String DATABASE = "outage_test_" + UUID.randomUUID().toString().replace("-", "");

	private static TcpProxy proxy;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void databaseBehindAProxy() throws Exception {
		try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		catch (SQLException ex) {
			Assumptions.abort("no PostgreSQL on 127.0.0.1:5432: " + ex.getMessage());
		}
		proxy = new TcpProxy("127.0.0.1", 5432);
	}

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}

	@AfterAll
	static void dropDatabase() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
		try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
		}
	}

	@Test
	void databaseDownThenFrench503WithinSecondsAndBackWithoutRestart() throws Exception {
		WebSession member = accounts.signIn(new WebSession(mvc), accounts.account(Role.MEMBER));
		String cookie = "SESSION=" + member.sessionCookie();
		assertThat(get("/iadherent", cookie).statusCode()).as("signed in before the outage").isEqualTo(200);
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

		proxy.cut();

		// The first request meets the outage (the session lookup): 503 after the pool's
		// timeout at most.
		assertFrench503("/iadherent", cookie);
		assertFrench503("/", null);
		assertFrench503("/connexion", null);
		assertFrench503("/iadherent", cookie);
		assertFrench503("/contact", cookie);
		Timed readiness = timed("/actuator/health/readiness", null);
		assertThat(readiness.response.statusCode()).isEqualTo(503);
		assertThat(readiness.response.body()).contains("DOWN");
		assertThat(readiness.elapsed).isLessThan(BUDGET);
		Timed css = timed("/css/app.css", null);
		assertThat(css.response.statusCode()).as("static file").isEqualTo(200);
		Timed register = timed("/api/v1/register", null);
		assertThat(register.response.statusCode()).as("register API").isEqualTo(200);
		assertThat(register.elapsed).isLessThan(BUDGET);

		List<CompletableFuture<Timed>> burst = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < 200; i++) {
			String path = List.of("/", "/connexion", "/iadherent", "/contact").get(i % 4);
			burst.add(http.sendAsync(request(path, i % 2 == 0 ? cookie : null), HttpResponse.BodyHandlers.ofString())
				.thenApply(response -> new Timed(response, Duration.ofNanos(System.nanoTime() - start))));
		}
		for (CompletableFuture<Timed> answer : burst) {
			Timed timed = answer.get();
			assertThat(timed.response.statusCode()).isEqualTo(503);
			assertThat(timed.elapsed).isLessThan(BUDGET);
		}

		proxy.restore();

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get("/actuator/health/readiness", null).statusCode() == 200);
		assertThat(get("/", null).statusCode()).isEqualTo(200);
		assertThat(get("/iadherent", cookie).statusCode()).as("the session survived the outage").isEqualTo(200);
	}

	private void assertFrench503(String path, String cookie) throws Exception {
		Timed timed = timed(path, cookie);
		assertThat(timed.response.statusCode()).as(path).isEqualTo(503);
		assertThat(timed.elapsed).as(path).isLessThan(BUDGET);
		assertThat(timed.response.body()).as(path)
			.contains("<title>Service momentanément indisponible</title>")
			.contains("lang=\"fr\"");
		assertThat(timed.response.headers().firstValue("Retry-After")).as(path).isPresent();
		assertThat(timed.response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
	}

	private Timed timed(String path, String cookie) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(request(path, cookie), HttpResponse.BodyHandlers.ofString());
		return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return timed(path, cookie).response;
	}

	private HttpRequest request(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", Locale.FRENCH.getLanguage());
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

	private record Timed(HttpResponse<String> response, Duration elapsed) {
	}

}
