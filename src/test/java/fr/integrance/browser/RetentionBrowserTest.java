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
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * The DPO opens « Conservation » from the console's navigation (signed in with TOTP),
 * sweeps, reads the figure at 0, places a hold (a wrong entry first, its errors beside
 * the fields) and lifts it: axe-clean, no horizontal scroll at 320 px, photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class RetentionBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	void check(String name) {
		assertNoSeriousAccessibilityViolation();
		screenshot(name);
		page.setViewportSize(320, 800);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll at 320 px on %s", name)
			.isTrue();
		assertNoSeriousAccessibilityViolation();
		screenshot(name + "-320");
		page.setViewportSize(1280, 900);
	}

	@Test
	void theDpoSweepsAndPlacesAndLiftsAHold() {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(accounts.account(Role.DPO).login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
		assertThat(page.url()).endsWith("/dpo");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conservation").setExact(true)).click();
		assertThat(page.url()).endsWith("/dpo/conservation");
		assertThat(page.locator("h1").textContent()).isEqualTo("Conservation des données");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer le balayage maintenant")).click();
		assertThat(page.locator("#depassement-total").getAttribute("data-total")).isEqualTo("0");
		assertThat(page.locator("#balayages article.sweep").count()).isPositive();
		check("dpo-retention");

		page.getByLabel("Personne concernée").fill("pas une adresse");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Placer la suspension")).click();
		assertThat(page.locator("#subject-error").textContent())
			.isEqualTo("Indiquez l’identifiant d’une personne ou une adresse électronique.");
		assertThat(page.getByLabel("Personne concernée").inputValue()).isEqualTo("pas une adresse");
		check("dpo-retention-error");

		page.getByLabel("Personne concernée").fill("prospect.litige@example.fr");
		page.getByLabel("Motif").selectOption("LITIGATION");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Placer la suspension")).click();
		assertThat(page.locator(".flash-success").textContent()).contains("La suspension est placée");
		assertThat(page.locator("#suspensions li").count()).isPositive();
		assertThat(page.content()).doesNotContain("prospect.litige@example.fr");
		check("dpo-retention-hold");

		page.locator("#suspensions li").first().getByRole(AriaRole.BUTTON).click();
		assertThat(page.locator(".flash-success").textContent()).contains("La suspension est levée");
		assertNoConsoleErrors();
	}

}
