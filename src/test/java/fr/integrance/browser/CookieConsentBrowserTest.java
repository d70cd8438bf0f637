package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import fr.integrance.consent.MutableClockConfiguration;
import fr.integrance.consent.VisitorConsents;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.testsupport.MutableClock;

/**
 * The cookie journey in a real browser: the banner on the first visit, "Tout refuser"
 * leaves no optional cookie and no active tag, "Tout accepter" runs the declared
 * (harmless, first-party) demo tag, the footer link changes the choice and removes the
 * tag's cookie, and six months later the banner asks again. Time is moved on the server's
 * clock, never waited for.
 */
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = { "app.consent.tags[0].id=demo-analytics",
		"app.consent.tags[0].purpose=audience-measurement", "app.consent.tags[0].src=/js/tags/demo-analytics.js" })
class CookieConsentBrowserTest extends BrowserTestSupport {

	static final String DEMO_TAG_COOKIE = "_pk_ses";

	@Autowired
	MutableClock clock;

	@Autowired
	ProcessingRegister register;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private Locator banner() {
		return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Vos choix en matière de cookies"));
	}

	private Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private boolean tagActive() {
		return "1".equals(page.evaluate("() => document.documentElement.dataset.analyticsActive ?? null"));
	}

	private Set<String> cookieNames() {
		return Set.copyOf(context.cookies().stream().map(cookie -> cookie.name).toList());
	}

	/** Names of the register's cookies that need consent (the optional ones). */
	private List<String> optionalCookies() {
		return register.current().cookies().stream().filter(c -> !c.exempt()).map(Register.Cookie::name).toList();
	}

	@Test
	void firstVisitRefuseAllLeavesNoOptionalCookieNoTagAndIsRemembered() {
		page.navigate(url("/offres"));

		assertThat(banner().isVisible()).isTrue();
		assertThat(page.locator("script[data-consent-tag=demo-analytics][type='text/plain']").count()).isEqualTo(1);
		assertThat(tagActive()).isFalse();
		assertNoSeriousAccessibilityViolation();
		screenshot("consent-banner");
		page.setViewportSize(375, 800);
		assertNoSeriousAccessibilityViolation();
		screenshot("consent-banner-mobile");
		page.setViewportSize(1280, 900);

		button(banner(), "Tout refuser").click();
		page.waitForLoadState();

		assertThat(page.url()).isEqualTo(url("/offres"));
		assertThat(banner().count()).isZero();
		assertThat(tagActive()).isFalse();
		assertThat(cookieNames()).contains(VisitorConsents.COOKIE_NAME).doesNotContainAnyElementsOf(optionalCookies());
		Cookie consent = context.cookies()
			.stream()
			.filter(c -> c.name.equals(VisitorConsents.COOKIE_NAME))
			.findFirst()
			.orElseThrow();
		assertThat(consent.httpOnly).isTrue();

		page.reload();
		assertThat(banner().count()).isZero();
		assertThat(tagActive()).isFalse();
		assertThat(cookieNames()).doesNotContainAnyElementsOf(optionalCookies());
		assertNoConsoleErrors();
	}

	@Test
	void acceptAllActivatesTheDeclaredTag() {
		page.navigate(url("/"));

		button(banner(), "Tout accepter").click();
		page.waitForFunction("() => document.documentElement.dataset.analyticsActive === '1'");

		assertThat(page.url()).isEqualTo(url("/"));
		assertThat(banner().count()).isZero();
		assertThat(tagActive()).isTrue();
		assertThat(cookieNames()).contains(DEMO_TAG_COOKIE);
		assertNoConsoleErrors();
	}

	@Test
	void footerLinkChangesTheChoiceToRefusalAndRemovesTheTagAndItsCookies() {
		page.navigate(url("/"));
		button(banner(), "Tout accepter").click();
		page.waitForFunction("() => document.documentElement.dataset.analyticsActive === '1'");
		assertThat(cookieNames()).contains(DEMO_TAG_COOKIE);

		page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gestion des cookies"))
			.click();
		page.waitForLoadState();
		assertThat(page.url()).isEqualTo(url("/cookies"));
		assertThat(page.locator("#choix-audience-measurement-oui").isChecked()).isTrue();
		assertNoSeriousAccessibilityViolation();
		screenshot("consent-settings");

		page.locator("#choix-audience-measurement-non").check();
		button(page.locator("form.consent-form"), "Enregistrer mes choix").click();
		page.waitForLoadState();

		assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Vos choix sont enregistrés");
		assertThat(page.locator("#choix-audience-measurement-non").isChecked()).isTrue();
		assertThat(cookieNames()).doesNotContain(DEMO_TAG_COOKIE);
		assertNoSeriousAccessibilityViolation();
		screenshot("consent-settings-saved");

		page.navigate(url("/"));
		assertThat(banner().count()).isZero();
		assertThat(tagActive()).isFalse();
		assertThat(page.locator("script[data-consent-tag=demo-analytics][type='text/plain']").count()).isEqualTo(1);
		assertNoConsoleErrors();
	}

	@Test
	void bannerReturnsOnceTheChoiceIsOlderThanSixMonths() {
		page.navigate(url("/"));
		button(banner(), "Tout refuser").click();
		page.waitForLoadState();
		assertThat(banner().count()).isZero();

		clock.advance(Period.ofMonths(6).minusDays(1));
		page.reload();
		assertThat(banner().count()).isZero();

		clock.advance(Period.ofDays(1));
		page.reload();
		assertThat(banner().isVisible()).isTrue();
	}

	@Test
	void settingsPageWorksOnAPhone() {
		page.setViewportSize(375, 800);
		page.navigate(url("/cookies"));

		assertThat(banner().count()).isZero();
		assertNoSeriousAccessibilityViolation();
		screenshot("consent-settings-mobile");
	}

}
