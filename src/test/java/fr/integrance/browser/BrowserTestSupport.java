package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Browser tests: the application on a random port, driven by Playwright in Debian's
 * Chromium (never a downloaded browser), checked with axe-core. Where no Chromium is
 * installed the tests are skipped with a loud message, so that {@code ./mvnw verify}
 * passes on a fresh machine; in CI ({@code CI=true} or
 * {@code -Dbrowser.tests.required=true}) a missing Chromium fails them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
public abstract class BrowserTestSupport {

	private static final Logger log = LoggerFactory.getLogger(BrowserTestSupport.class);
	static final Path CHROMIUM = Path
		.of(System.getProperty("chromium.path", System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")));
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic", "--disable-dev-shm-usage", "--lang=fr-FR");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	protected final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "\n\n!!!!! BROWSER TESTS SKIPPED: no Chromium at " + CHROMIUM
					+ " (apt-get install -y chromium, or set CHROMIUM_PATH) !!!!!\n";
			if (required()) {
				throw new IllegalStateException(message + "Browser tests are required here (CI).");
			}
			log.warn(message);
			Assumptions.abort(message);
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 900));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Saves a full-page screenshot under target/screenshots, to be looked at. */
	protected Path screenshot(String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/**
	 * Runs axe-core (WCAG 2.1 A/AA) on the current page and fails on any serious or
	 * critical violation.
	 */
	protected AxeResults assertNoSeriousAccessibilityViolation() {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(BrowserTestSupport::describe)
			.toList();
		assertThat(serious).as("serious or critical axe violations on %s", page.url()).isEmpty();
		return results;
	}

	/**
	 * No script error and no Content-Security-Policy violation reported by the browser.
	 */
	protected void assertNoConsoleErrors() {
		assertThat(consoleErrors).as("browser console errors on %s", page.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getNodes().size()
				+ " element(s))";
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("browser.tests.required");
	}

}
