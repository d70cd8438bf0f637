package fr.integrance.website.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The notice served by a real server: complete, and free of axe-core WCAG 2.1 A/AA
 * violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class PrivacyNoticeBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void realServerSendsTheWholeNoticeWithTheOptOutForm() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/politique-de-confidentialite"))).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"_csrf\"").endsWith("</html>\n");
	}

	@Test
	void noticeAndArchivedVersionHaveNoAccessibilityViolations() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's Chromium is needed for the axe-core check");
		try (Playwright playwright = Playwright.create();
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
								"--disable-component-update", "--disable-sync", "--no-first-run")))) {
			Page page = browser.newPage();
			for (String path : List.of("/politique-de-confidentialite", "/politique-de-confidentialite/versions",
					"/politique-de-confidentialite/versions/2026.2")) {
				page.navigate(url(path));
				AxeResults results = new AxeBuilder(page)
					.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
					.analyze();

				assertThat(results.getViolations())
					.as("%s: %s", path,
							results.getViolations()
								.stream()
								.map(v -> v.getId() + " "
										+ v.getNodes()
											.stream()
											.map(n -> n.getTarget().toString())
											.collect(Collectors.joining(", ")))
								.collect(Collectors.joining("; ")))
					.isEmpty();
			}
		}
	}

}
