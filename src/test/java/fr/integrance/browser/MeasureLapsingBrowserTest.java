package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.FrenchDates;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * A measure lapsing, seen by an agent as the injected clock moves: four months before its
 * end the adult is listed without alert; 80 days before, the list marks the measure «
 * Prend fin bientôt » and the adult's file says when access ends; the day after the end,
 * the adult is gone from the list and the file answers 404 — each page checked with axe,
 * at desktop width and at 320 px (no horizontal scroll), and photographed. The agent
 * signs in again after each move (a session does not outlive a month).
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class MeasureLapsingBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	Representations representations;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

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

	void signIn(Created agent) {
		clock.advance(Duration.ofSeconds(30));
		page.context().clearCookies();
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(agent.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
	}

	@Test
	void theMeasureIsFlaggedBeforeItsEndAndTheAdultIsGoneTheDayAfter() {
		// noon in France, far from midnight whatever the daylight-saving changes
		clock.set(java.time.Instant.parse("2026-01-12T11:00:00Z"));
		OrganisationId organisation = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		PeopleFixtures people = new PeopleFixtures(context);
		LocalDate today = FrenchDates.today(clock);
		LocalDate end = today.plusDays(120);
		PersonId lapsing = people.person("Échéance", "Lucienne", LocalDate.of(1938, 11, 2));
		representations.create(new NewRepresentation(organisation.value(), lapsing, ProtectionMeasure.TUTELLE,
				DateRange.of(today.minusYears(5), end), "RG 21/00777"));
		PersonId lasting = people.person("Durable", "Paul", LocalDate.of(1949, 2, 3));
		representations.create(new NewRepresentation(organisation.value(), lasting, ProtectionMeasure.CURATELLE_SIMPLE,
				DateRange.from(today.minusYears(1)), "RG 25/00002"));
		Created agent = accounts.account(Role.GUARDIAN_AGENT, organisation, false);
		String file = "/itutelle/majeurs/" + lapsing.value();

		// four months before the end: listed, no alert
		signIn(agent);
		page.navigate(url("/itutelle/majeurs"));
		assertThat(page.locator("table.adults tbody tr").count()).isEqualTo(2);
		assertThat(page.locator("table.adults").textContent()).doesNotContain("Prend fin bientôt");

		// 80 days before the end: the list and the file warn
		clock.advance(Duration.ofDays(40));
		signIn(agent);
		page.navigate(url("/itutelle/majeurs"));
		assertThat(page.locator("table.adults tbody tr", new Page.LocatorOptions().setHasText("Lucienne Échéance"))
			.textContent()).contains("Prend fin bientôt");
		assertThat(page.locator("table.adults tbody tr", new Page.LocatorOptions().setHasText("Paul Durable"))
			.textContent()).doesNotContain("Prend fin bientôt");
		check("guardian-lapse-list");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lucienne Échéance")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Lucienne Échéance");
		assertThat(page.locator("p.notice").first().textContent()).contains("La mesure prend fin le",
				"n’aura plus accès à ce dossier le lendemain");
		check("guardian-lapse-file");

		// the last day: still visible
		clock.advance(Duration.ofDays(80));
		signIn(agent);
		assertThat(page.navigate(url(file)).status()).isEqualTo(200);

		// the day after the end: gone from the list, the file is not found
		clock.advance(Duration.ofDays(1));
		signIn(agent);
		page.navigate(url("/itutelle/majeurs"));
		assertThat(page.locator("table.adults tbody tr").count()).isEqualTo(1);
		assertThat(page.locator("table.adults").textContent()).contains("Paul Durable")
			.doesNotContain("Lucienne Échéance");
		check("guardian-lapse-list-after");
		Response gone = page.navigate(url(file));
		assertThat(gone.status()).isEqualTo(404);
		check("guardian-lapse-file-gone");
	}

	/**
	 * The adult's bank details and beneficiaries pages, with their errors beside the
	 * fields: axe, 320 px, photographed.
	 */
	@Test
	void theBankAndBeneficiariesPagesAreAccessibleWithTheirErrors() {
		clock.set(java.time.Instant.parse("2026-01-12T11:00:00Z"));
		OrganisationId organisation = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		PeopleFixtures people = new PeopleFixtures(context);
		LocalDate today = FrenchDates.today(clock);
		PersonId adult = people.person("Lambert", "Gérard", LocalDate.of(1950, 4, 5));
		PersonId spouse = people.person("Lambert", "Odette", LocalDate.of(1951, 6, 7));
		representations.create(new NewRepresentation(organisation.value(), adult, ProtectionMeasure.TUTELLE,
				DateRange.from(today.minusYears(1)), "RG 25/00003"));
		people.activeContract(adult, today.minusMonths(6),
				java.util.List.of(new fr.integrance.contracts.NewDependant(spouse,
						fr.integrance.contracts.DependantType.SPOUSE, today.minusMonths(6))));
		signIn(accounts.account(Role.GUARDIAN_AGENT, organisation, false));
		String file = "/itutelle/majeurs/" + adult.value();

		page.navigate(url(file));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier les coordonnées bancaires"))
			.click();
		page.getByLabel("IBAN").fill("FR76 3000 6000 0112 3456 7890 188");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir le code de signature")).click();
		assertThat(page.locator("#iban-error").textContent()).contains("Cet IBAN n’est pas valide");
		check("guardian-bank-error");

		page.navigate(url(file));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gérer les bénéficiaires")).click();
		assertThat(page.locator("main").textContent()).contains("Odette Lambert");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande d’ajout")).click();
		assertThat(page.locator("#proof-error").textContent()).contains("Joignez un justificatif");
		check("guardian-beneficiaries-error");
		assertNoConsoleErrors();
	}

}
