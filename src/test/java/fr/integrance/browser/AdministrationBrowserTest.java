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
 * An administrator creates a guardian service in a real browser (an invalid SIREN first,
 * its error shown next to the field), then its first agent's administrator manages the
 * agents.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class AdministrationBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	void signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(account.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
	}

	@Test
	void administratorCreatesAGuardianServiceWithItsFirstAgent() {
		signIn(accounts.account(Role.ADMIN));
		assertThat(page.url()).endsWith("/gestion/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations").setExact(true))
			.first()
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Créer une organisation")).click();

		page.getByLabel("Type").selectOption("EMPLOYER");
		page.getByLabel("Raison sociale").fill("Boulangerie Test");
		page.getByLabel("SIREN").fill("123456789");
		page.getByLabel("Adresse électronique").fill("premier-" + System.nanoTime() + "@test.integrance.fr");
		page.getByLabel("Nom et prénom").fill("Jeanne Premier");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer et inviter")).click();

		assertThat(page.locator("#siren-error").textContent()).contains("Ce SIREN n’est pas valide");
		assertNoSeriousAccessibilityViolation();
		screenshot("admin-organisation-form-error");

		page.getByLabel("Type").selectOption("GUARDIAN_SERVICE");
		page.getByLabel("SIREN").fill("404 833 048");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer et inviter")).click();

		assertThat(page.locator("h1").textContent()).isEqualTo("Boulangerie Test");
		assertThat(page.locator("table").textContent()).contains("Jeanne Premier").contains("Invité");
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("admin-organisation");
	}

	@Test
	void guardianAdministratorSeesAndInvitesItsAgents() {
		Created manager = accounts.inNewOrganisation(Role.GUARDIAN_AGENT, true);
		accounts.account(Role.GUARDIAN_AGENT, manager.organisationId(), false);
		signIn(manager);
		assertThat(page.url()).endsWith("/itutelle");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agents").setExact(true)).click();

		assertThat(page.locator("tbody tr").count()).isEqualTo(2);
		assertNoSeriousAccessibilityViolation();
		screenshot("guardian-agents");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inviter un agent")).click();
		page.getByLabel("Adresse électronique").fill("agent-" + System.nanoTime() + "@test.integrance.fr");
		page.getByLabel("Nom et prénom").fill("Hugo Agent");
		page.getByLabel("Peut aussi inviter et retirer des agents").check();
		assertNoSeriousAccessibilityViolation();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inviter")).click();

		assertThat(page.locator("h1").textContent()).isEqualTo("Hugo Agent");
		assertThat(page.locator("dl").textContent()).contains("Oui");
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("guardian-agent");
	}

}
