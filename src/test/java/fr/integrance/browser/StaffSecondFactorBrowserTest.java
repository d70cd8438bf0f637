package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * A staff member's first login in a real browser: the password, then the mandatory TOTP
 * enrolment (the secret read from the page, the code computed by the test as an
 * authenticator app would), the recovery codes, the back office; then a second login with
 * a fresh code.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class StaffSecondFactorBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void staffEnrolsTotpThenSignsInWithAComputedCode() {
		Created staff = accounts.account(Role.STAFF, null, false, false);

		page.navigate(url("/gestion"));
		assertThat(page.url()).endsWith("/connexion");
		assertNoSeriousAccessibilityViolation();
		screenshot("identity-login");
		page.getByLabel("Adresse électronique").fill(staff.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

		assertThat(page.url()).endsWith("/compte/double-authentification");
		assertThat(page.locator("img.qr-code").isVisible()).isTrue();
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("identity-totp-enrolment");
		String secret = page.locator("#totp-secret").textContent().replace(" ", "");
		page.getByLabel("3. Saisissez le code à 6 chiffres que l’application affiche :")
			.fill(TestAccounts.totpCode(secret, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer")).click();

		assertThat(page.url()).endsWith("/compte/double-authentification/codes-de-secours");
		assertThat(page.locator(".recovery-codes li").count()).isEqualTo(10);
		assertNoSeriousAccessibilityViolation();
		screenshot("identity-recovery-codes");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continuer")).click();

		assertThat(page.url()).endsWith("/gestion");
		assertThat(page.locator("h1").textContent()).contains("Back office");
		assertNoSeriousAccessibilityViolation();
		screenshot("identity-staff-home");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
		assertThat(page.url()).endsWith("/connexion?deconnexion");

		// A new 30-second step: the enrolment's code cannot be replayed.
		clock.advance(Duration.ofSeconds(30));
		page.getByLabel("Adresse électronique").fill(staff.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

		assertThat(page.url()).endsWith("/connexion/code");
		assertNoSeriousAccessibilityViolation();
		screenshot("identity-totp-code");
		page.getByLabel("Code à 6 chiffres ou code de secours").fill(TestAccounts.totpCode(secret, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();

		assertThat(page.url()).endsWith("/gestion");
		page.navigate(url("/compte/sessions"));
		assertThat(page.locator("tbody tr").count()).isEqualTo(1);
		assertNoSeriousAccessibilityViolation();
		screenshot("identity-sessions");
		assertNoConsoleErrors();
	}

}
