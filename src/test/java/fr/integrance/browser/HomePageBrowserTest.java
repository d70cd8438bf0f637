package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;

/**
 * The home page in a real browser: French, accessible, keyboard-reachable, no script
 * error.
 */
class HomePageBrowserTest extends BrowserTestSupport {

	@Test
	void homeWhenOpenedThenAccessibleInFrench() {
		page.navigate(url("/"));

		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
			.contains("complémentaire santé");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("iTutelle")).count()).isEqualTo(1);
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();

		Path shot = screenshot("home");
		assertThat(Files.exists(shot)).isTrue();
	}

	@Test
	void skipLinkWhenTabbedThenFirstAndMovesToContent() {
		page.navigate(url("/"));

		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Aller au contenu");
		page.keyboard().press("Enter");
		assertThat(page.url()).endsWith("#contenu");
	}

	@Test
	void homeWhenNarrowScreenThenStillAccessible() {
		page.setViewportSize(375, 800);
		page.navigate(url("/"));

		assertNoSeriousAccessibilityViolation();
		screenshot("home-mobile");
	}

	@Test
	void errorPageWhenUnknownPathThenAccessible() {
		page.navigate(url("/page-inconnue"));

		assertThat(page.textContent("h1")).contains("introuvable");
		assertNoSeriousAccessibilityViolation();
		screenshot("error-404");
	}

}
