package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The offers page compares the plans in an accessible table, on desktop and on a phone.
 */
class OffersBrowserTest extends BrowserTestSupport {

	@Test
	void offersWhenOpenedThenAccessibleComparison() {
		page.navigate(url("/offres"));

		assertThat(page.locator("table.comparison").count()).isEqualTo(2);
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("offres");

		page.setViewportSize(375, 800);
		assertNoSeriousAccessibilityViolation();
		screenshot("offres-mobile");
	}

}
