package fr.integrance.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health and its probes are public, readiness includes the database, metrics need the
 * scrape account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class ActuatorTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void readinessWhenDatabaseUpThenUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health/readiness", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void livenessWhenRunningThenUp() throws Exception {
		assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health", null).body()).contains("\"status\":\"UP\"").doesNotContain("details");
	}

	@Test
	void prometheusWhenAnonymousThenUnauthorized() throws Exception {
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
	}

	@Test
	void prometheusWhenWrongPasswordThenUnauthorized() throws Exception {
		assertThat(get("/actuator/prometheus", basic("prometheus", "wrong")).statusCode()).isEqualTo(401);
	}

	@Test
	void prometheusWhenScrapeAccountThenMetrics() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus", basic("prometheus", "test-scrape-secret"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void otherEndpointsWhenRequestedThenNotExposed() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/info", "/actuator/metrics", "/actuator/loggers" }) {
			assertThat(get(path, basic("prometheus", "test-scrape-secret")).statusCode()).as(path).isEqualTo(404);
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.endsWith("prometheus") ? "text/plain" : "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
