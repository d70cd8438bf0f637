package fr.integrance.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.metrics.MetricsRepositoryMethodInvocationListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.testsupport.LogLeaks;

/**
 * The business metrics on the Prometheus endpoint beside the JVM and HTTP ones, and the
 * trace id of a request as the incident number of its error page and in its log lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class ObservabilityTests {

	/** A W3C trace context, as a proxy or a client would send it. */
	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@LocalServerPort
	int port;

	@Autowired
	BusinessGauges gauges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void businessMetricsWhenScrapedThenBesideJvmAndHttp() throws Exception {
		UUID mail = UUID.randomUUID();
		jdbc.update(
				"""
						INSERT INTO notification_mail_outbox (id, recipient, template, status, attempts, created_at, next_attempt_at)
						VALUES (?, 'metrics@exemple.fr', 'test', 'PENDING', 0, ?, ?)""",
				mail, java.sql.Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")),
				java.sql.Timestamp.from(Instant.parse("2099-01-01T00:00:00Z")));
		try {
			gauges.refresh();
			http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
					HttpResponse.BodyHandlers.discarding());
			String scrape = scrape();

			assertThat(scrape).contains("jvm_memory_used_bytes", "http_server_requests_seconds",
					"identity_signin_failures_total", "audit_journal_broken", "http_server_requests_working",
					"http_server_requests_waiting", "http_server_requests_aside", "audit_journal_groups_total",
					"audit_journal_group_entries_total");
			assertThat(scrape).as("no timer per repository call: its listener cost every page's calls")
				.doesNotContain("spring_data_repository_invocations");
			assertThat(line(scrape, "notification_outbox_backlog ")).isNotNull();
			assertThat(value(line(scrape, "notification_outbox_backlog "))).isGreaterThanOrEqualTo(1);
			assertThat(value(line(scrape, "notification_outbox_oldest_age_seconds ")))
				.isGreaterThan(Duration.ofDays(365).toSeconds());
			assertThat(scrape).contains("# HELP requests_cases", "# HELP rights_requests_open",
					"# HELP retention_records_past");
			assertThat(metricsNamedIn(Path.of("ops/observability/grafana-dashboard.json"),
					Path.of("ops/observability/integrance-alerts.yml")))
				.as("every metric the dashboard and the alerts use is published")
				.isNotEmpty()
				.allSatisfy(name -> assertThat(scrape).contains("\n" + name));
		}
		finally {
			jdbc.update("DELETE FROM notification_mail_outbox WHERE id = ?", mail);
		}
	}

	/**
	 * Spring Data's timer per repository call is switched off: its listener timed and
	 * tagged every call of every page (2 % of the person page's CPU samples).
	 */
	@Test
	void repositoryCallsWhenMadeThenNotTimedOneByOne() {
		assertThat(context.getBeanNamesForType(MetricsRepositoryMethodInvocationListener.class)).isEmpty();
	}

	@Test
	void errorPageWhenTracedThenIncidentIsTheEndOfTheTraceIdAndTheLogsCarryIt() throws Exception {
		LogLeaks.Recording recording = LogLeaks.capture();
		HttpResponse<String> response;
		try {
			response = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/page-qui-n-existe-pas"))
					.header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		finally {
			List<String> lines = recording.finish();
			assertThat(lines).as("a log line of the request carries its trace id")
				.anyMatch(line -> line.contains("traceId=" + TRACE_ID));
		}

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("9D0E-0E47-36");
	}

	/**
	 * The platform's metric names an operations file queries (not Prometheus' own, like
	 * up).
	 */
	private static Set<String> metricsNamedIn(Path... files) throws Exception {
		Pattern name = Pattern.compile(
				"\\b((?:rights|notification|audit|retention|requests|identity|hikaricp|jvm)_[a-z_]+|http_server_requests_seconds_[a-z]+)\\b");
		Set<String> names = new TreeSet<>();
		for (Path file : files) {
			Matcher matcher = name.matcher(Files.readString(file));
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	private String scrape() throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString("prometheus:test-scrape-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
				.header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String line(String scrape, String prefix) {
		return scrape.lines().filter(line -> line.startsWith(prefix)).findFirst().orElse(null);
	}

	private static double value(String line) {
		return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
	}

}
