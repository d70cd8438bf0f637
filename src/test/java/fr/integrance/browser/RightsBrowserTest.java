package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code /mes-droits} in the browser: the rights explained, a request sent and
 * acknowledged.
 */
class RightsBrowserTest extends BrowserTestSupport {

	@Test
	void rightsRequestIsSentAndAcknowledged() {
		page.navigate(url("/mes-droits"));
		assertNoSeriousAccessibilityViolation();
		screenshot("mes-droits");
		assertThat(page.locator("a[href='/mes-droits/formulaire-demande-exercice-droits.pdf']").count()).isEqualTo(1);

		page.check("input[name='rightId'][value='access']");
		page.selectOption("#scope", "all");
		page.fill("#firstName", "Hélène");
		page.fill("#lastName", "N’Diaye");
		page.fill("#email", "helene.ndiaye@example");
		page.locator("form button.button-primary").click();

		assertThat(page.locator("#erreurs").isVisible()).isTrue();
		assertThat(page.inputValue("#lastName")).isEqualTo("N’Diaye");
		assertThat(page.isChecked("input[name='rightId'][value='access']")).isTrue();
		assertNoSeriousAccessibilityViolation();
		screenshot("mes-droits-erreurs");

		page.fill("#email", "helene.ndiaye@example.fr");
		page.locator("form button.button-primary").click();

		assertThat(page.url()).endsWith("/mes-droits/confirmation");
		assertThat(page.textContent(".reference")).matches("DDR-\\d{4}-\\d{6}");
		assertThat(page.textContent("main")).contains("Nous vous répondrons au plus tard le");
		assertNoSeriousAccessibilityViolation();
		screenshot("mes-droits-confirmation");
		assertNoConsoleErrors();
	}

}
