package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.Cases;
import fr.integrance.requests.CaseFixtures.CaseWithFile;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * A staff member processes a subscription request in a real browser: the queues, the case
 * page, taking it, a refused acceptance (a dependant's civility missing from an older
 * request, the error next to the field), then the acceptance; a request that carries the
 * civilities is accepted without asking them; a colleague taking over a case someone else
 * holds; each page axe-clean.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class CasesBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext applicationContext;

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
	void staffTakesAndAcceptsASubscription() {
		CaseWithFile created = CaseFixtures.subscriptionWithFile(applicationContext);
		signIn(accounts.account(Role.STAFF));
		page.navigate(url("/gestion"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demandes à traiter")).click();

		assertThat(page.locator("h1").textContent()).isEqualTo("Demandes à traiter");
		assertNoSeriousAccessibilityViolation();
		screenshot("cases-queue");

		page.getByLabel("Attribution").selectOption("MINE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
		assertThat(page.locator(".empty-state").last().textContent())
			.isEqualTo("Aucune demande ne correspond à ces critères.");
		assertNoSeriousAccessibilityViolation();
		screenshot("cases-queue-empty");

		page.navigate(url("/gestion/demandes/" + created.caseId()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")).click();
		assertThat(page.locator(".flash-success").textContent()).contains("Vous avez pris la demande en charge");

		page.getByLabel("Civilité de l’ayant droit Léa Durand").selectOption("MME");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter").setExact(true)).click();
		assertThat(page.locator("#civility-1-error").textContent()).contains("Choisissez la civilité");
		assertNoSeriousAccessibilityViolation();
		screenshot("cases-case-error");

		page.getByLabel("Civilité de l’ayant droit Tâm Nguyễn").selectOption("M");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter").setExact(true)).click();
		assertThat(page.locator(".flash-success").textContent()).contains("La souscription est acceptée");
		assertThat(page.locator(".status").first().textContent()).isEqualTo("Acceptée");
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("cases-case-accepted");
	}

	@Test
	void aColleagueTakesOverACaseByAskingTheSenderForMore() {
		CaseWithFile created = CaseFixtures.subscriptionWithFile(applicationContext);
		Created holder = accounts.account(Role.STAFF);
		applicationContext.getBean(Cases.class).take(created.caseId(), holder.id().value());
		signIn(accounts.account(Role.STAFF));

		page.navigate(url("/gestion/demandes/" + created.caseId()));
		assertThat(page.locator(".held-by").textContent()).contains("a pris cette demande en charge");
		assertNoSeriousAccessibilityViolation();
		screenshot("cases-case-held-by");

		page.getByLabel("Ce qui manque").fill("Votre attestation de droits, s’il vous plaît.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander le complément")).click();
		assertThat(page.locator(".status").first().textContent()).isEqualTo("En attente de l’expéditeur");
		assertThat(page.locator(".history").textContent()).contains("Prise en charge à la place de Test STAFF");
		assertThat(page.locator(".held-by").count()).isZero();
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("cases-case-taken-over");
	}

	@Test
	void staffAcceptsASubscriptionWhoseDependantsCivilitiesTheFormAsked() {
		CaseWithFile created = CaseFixtures.subscriptionWithCivilitiesWithFile(applicationContext);
		signIn(accounts.account(Role.STAFF));
		page.navigate(url("/gestion/demandes/" + created.caseId()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")).click();

		assertThat(page.locator("select[name^='civilities']").count()).isZero();
		assertThat(page.locator("table").first().textContent()).contains("Madame", "Léa", "Monsieur", "Tâm");
		assertNoSeriousAccessibilityViolation();
		screenshot("cases-case-civilities-given");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter").setExact(true)).click();
		assertThat(page.locator(".flash-success").textContent()).contains("La souscription est acceptée");
		assertNoConsoleErrors();
	}

}
