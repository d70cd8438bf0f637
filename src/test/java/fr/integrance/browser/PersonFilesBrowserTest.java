package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.NewDependant;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * A staff member finds a person from the back office's home (a too short name first, its
 * error next to the field), opens their file, then their contract, and suspends it — in a
 * real browser, each page checked with axe and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class PersonFilesBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

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
	void staffFindsAPersonOpensTheirFileAndSuspendsTheirContract() {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		String family = "Beaumarchais" + Long.toString(System.nanoTime() % 100000, 26).replaceAll("[0-9]", "x");
		PersonId member = fixtures.person(Civility.MME, family, "Élise", LocalDate.of(1978, 4, 12),
				PeopleFixtures.randomNir(Civility.MME, LocalDate.of(1978, 4, 12)));
		PersonId child = fixtures.person(Civility.M, family, "Hugo", LocalDate.of(2010, 9, 1),
				PeopleFixtures.randomNir(Civility.M, LocalDate.of(2010, 9, 1)));
		fixtures.person(family + "-Durand", "Marc", LocalDate.of(1950, 1, 20));
		IndividualContract contract = fixtures.activeContract(member, LocalDate.of(2025, 1, 1),
				List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2025, 1, 1))));

		signIn(accounts.account(Role.STAFF));
		assertThat(page.url()).endsWith("/gestion");
		assertNoSeriousAccessibilityViolation();
		screenshot("files-staff-home");

		page.getByLabel("Nom ou nom de naissance").fill("b");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher").setExact(true)).click();
		assertThat(page.locator("#lastName-error").textContent()).contains("Saisissez au moins 2 lettres du nom");
		assertNoSeriousAccessibilityViolation();
		screenshot("files-search-error");

		page.getByLabel("Nom ou nom de naissance").fill(family.toUpperCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher").setExact(true)).click();
		assertThat(page.locator("tbody tr").count()).isEqualTo(3);
		assertNoSeriousAccessibilityViolation();
		screenshot("files-search-results");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(family + " Élise")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Mme Élise " + family);
		assertThat(page.locator("#contracts-heading + div").textContent()).contains("Essentielle", "Adhérent");
		assertNoSeriousAccessibilityViolation();
		screenshot("files-person");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher le numéro complet")).click();
		assertThat(page.locator("dl.meta").first().textContent()).contains("affichage complet enregistré");
		assertNoSeriousAccessibilityViolation();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(contract.memberNumber().value())).click();
		assertThat(page.locator("h1").textContent()).contains(contract.memberNumber().value());
		assertNoSeriousAccessibilityViolation();
		screenshot("files-contract");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspendre").setExact(true)).click();
		assertThat(page.locator("#suspension-reason-error").textContent()).contains("Indiquez le motif");
		page.locator("#suspension-reason").fill("Cotisations impayées depuis trois mois");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspendre").setExact(true)).click();
		assertThat(page.locator(".flash-success").textContent()).isEqualTo("Le contrat est suspendu.");
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("files-contract-suspended");
	}

}
