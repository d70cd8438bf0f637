package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * The DPO signs in with TOTP and goes through the console's register, journal (a
 * impossible date first, its error beside the field), consent proofs and audience (charts
 * drawn from the tables by Chart.js): each page checked with axe, at 320 px without
 * horizontal scroll, and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class DpoConsoleBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ConsentManagement consents;

	@Autowired
	CookieCatalogue cookies;

	@Autowired
	ApplicationContext application;

	void signInAsDpo() {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(accounts.account(Role.DPO).login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
		assertThat(page.url()).endsWith("/dpo");
	}

	/** axe, no horizontal scroll at 320 px, a screenshot at each width. */
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
	void theDpoGoesThroughTheFourPagesOfTheConsole() {
		// Some audience: a visitor reads the offers.
		page.navigate(url("/offres"));
		page.navigate(url("/"));
		UUID visitor = UUID.randomUUID();
		String purpose = cookies.consentPurposeIds().get(0);
		consents.record(DataSubjectRef.visitor(visitor), Map.of(purpose, Decision.GIVEN),
				ConsentMethod.BANNER_ACCEPT_ALL, RequestOrigin.NONE);
		consents.withdraw(DataSubjectRef.visitor(visitor), List.of(purpose), ConsentMethod.SETTINGS_WITHDRAW,
				RequestOrigin.NONE);
		context.clearCookies();

		signInAsDpo();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registre").setExact(true)).click();
		assertThat(page.url()).endsWith("/dpo/registre");
		assertThat(page.locator("h1").textContent()).isEqualTo("Registre des traitements");
		assertThat(page.locator("article.dpo-purpose").count()).isPositive();
		check("dpo-register");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal d’audit").setExact(true)).click();
		assertThat(page.url()).endsWith("/dpo/journal");
		assertThat(page.locator(".dpo-entry").count()).isPositive();
		check("dpo-journal");
		page.getByLabel("Du", new Page.GetByLabelOptions().setExact(true)).fill("31/02/2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
		assertThat(page.locator("#du-error").textContent()).contains("Saisissez une date qui existe");
		check("dpo-journal-error");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consentements").setExact(true)).click();
		assertThat(page.url()).endsWith("/dpo/consentements");
		check("dpo-consents-empty");
		page.getByLabel("Type d’identifiant").selectOption("VISITOR");
		page.getByLabel("Identifiant ou adresse").fill(visitor.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
		assertThat(page.locator("#preuve .dpo-entry").count()).isEqualTo(2);
		check("dpo-consents");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audience").setExact(true)).click();
		assertThat(page.url()).endsWith("/dpo/statistiques");
		page.locator(".dpo-chart-drawn canvas").first().waitFor();
		assertThat(page.locator(".dpo-chart-drawn canvas").count()).isEqualTo(2);
		assertThat(page.locator("#table-par-page").textContent()).contains("/offres");
		check("dpo-statistics");
		assertNoConsoleErrors();
	}

	@Test
	void theDpoPreparesACommunicationToAnAuthorityInTwoSteps() {
		PeopleFixtures fixtures = new PeopleFixtures(application);
		String number = fixtures
			.activeContract(fixtures.person("Requise", "Olga", LocalDate.of(1971, 8, 9)), LocalDate.of(2024, 1, 1),
					List.of())
			.memberNumber()
			.value();
		signInAsDpo();
		page.navigate(url("/dpo/communications"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle communication")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Communiquer des données à un destinataire");
		page.getByLabel("Destinataire").selectOption("legal-authorities");
		page.getByLabel("Finalité").selectOption("iadherent-member-changes");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
		assertThat(page.locator("input[name=champs]").count()).isPositive();
		check("dpo-disclosure-form");

		page.locator("input[name=champs]").first().check();
		page.getByLabel("Base légale").selectOption("contract");
		page.getByLabel("Adhérents concernés").fill(number);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Préparer le fichier")).click();
		assertThat(page.locator("#requisition-error").textContent())
			.isEqualTo("Une communication à une autorité exige la référence de sa réquisition.");
		assertThat(page.locator("#adherents").inputValue()).isEqualTo(number);
		check("dpo-disclosure-form-error");
		assertNoConsoleErrors();
	}

}
