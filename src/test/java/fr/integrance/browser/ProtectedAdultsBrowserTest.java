package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
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
 * An iTutelle agent opens the list of protected adults, keeps those whose measure ends
 * soon, and opens one's file — each page checked with axe, at desktop width and at 320 px
 * (no horizontal scroll), and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
@TestPropertySource(properties = "app.demo-data.enabled=true")
class ProtectedAdultsBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	Representations representations;

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
	void agentFindsTheMeasuresEndingSoonAndOpensAnAdultsFile() {
		OrganisationId organisation = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		PeopleFixtures people = new PeopleFixtures(context);
		LocalDate today = FrenchDates.today(clock);
		PersonId ending = people.person("Bonnefoy-Lagarde", "Marie-Thérèse", LocalDate.of(1944, 5, 6));
		representations
			.create(new NewRepresentation(organisation.value(), ending, ProtectionMeasure.CURATELLE_RENFORCEE,
					DateRange.of(today.minusYears(4), today.plusDays(30)), "RG 22/04567"));
		PersonId lasting = people.person("Girard", "Jean", LocalDate.of(1950, 7, 8));
		representations.create(new NewRepresentation(organisation.value(), lasting, ProtectionMeasure.TUTELLE,
				DateRange.from(today.minusYears(1)), "RG 25/00001"));
		Created agent = accounts.account(Role.GUARDIAN_AGENT, organisation, false);
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(agent.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();

		check("guardian-adults-home");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Majeurs protégés").setExact(true)).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Majeurs protégés");
		assertThat(page.locator("table.adults tbody tr").count()).isEqualTo(2);
		check("guardian-adults-list");

		page.getByLabel("Mesure prenant fin dans les 90 jours").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
		assertThat(page.locator("table.adults tbody tr").count()).isEqualTo(1);
		assertThat(page.locator("table.adults").textContent()).contains("Prend fin bientôt");
		check("guardian-adults-ending-soon");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marie-Thérèse Bonnefoy-Lagarde")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Marie-Thérèse Bonnefoy-Lagarde");
		assertThat(page.locator("main").textContent()).contains("Curatelle renforcée", "RG 22/04567");
		check("guardian-adult-file");
		assertNoConsoleErrors();
	}

}
