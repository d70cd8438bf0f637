package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.platform.FrenchDates;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * The DPO records a breach in a real browser (an incomplete form first, its errors beside
 * the fields), sees its 72-hour clock on its page, in the register and on the console's
 * home, records the notification to the CNIL; each page checked with axe, at 320 px and
 * with text at 200 %, and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class BreachRegisterBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	void signIn(Created account) {
		clock.advance(Duration.ofSeconds(31));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(account.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
	}

	@Test
	void dpoRecordsABreachAndSeesItsClock() {
		signIn(accounts.account(Role.DPO));
		assertThat(page.url()).endsWith("/dpo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Violations de données").setExact(true))
			.first()
			.click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Registre des violations de données");
		check("breach-register");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consigner une violation")).click();
		check("breach-form");
		page.getByLabel("Intitulé").fill("Courriel de remboursement envoyé au mauvais adhérent");
		page.getByLabel("Nombre approximatif de personnes concernées").fill("une centaine");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner la violation")).click();

		assertThat(page.locator("#natures-error").textContent()).isEqualTo("Cochez au moins une nature de violation.");
		assertThat(page.locator("#peopleCount-error").textContent()).contains("nombre entier");
		assertThat(page.getByLabel("Intitulé").inputValue())
			.isEqualTo("Courriel de remboursement envoyé au mauvais adhérent");
		check("breach-form-errors");

		page.getByLabel("Confidentialité").check();
		page.getByLabel("Ce qui s’est passé").fill("Un relevé de remboursements a été envoyé à un autre adhérent.");
		String aware = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
			.format(clock.instant()
				.minus(Duration.ofHours(3))
				.atZone(FrenchDates.FRANCE)
				.truncatedTo(ChronoUnit.MINUTES));
		page.locator("#awareAt").fill(aware);
		page.locator("input[name=dataCategories][value=identification]").check();
		page.locator("input[name=dataCategories][value=personal-life]").check();
		page.getByLabel("Nombre approximatif de personnes concernées").fill("1");
		page.getByLabel("Risque", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner la violation")).click();

		assertThat(page.locator("[role=status]").textContent()).contains("La violation est consignée");
		assertThat(page.locator("#delai-etat").textContent()).matches("Reste (68 h 59|69 h 00) min");
		assertThat(page.locator("#echeance").textContent()).isNotBlank();
		check("breach-detail");

		page.getByLabel("La CNIL a été notifiée").check();
		page.locator("#notifiedAt")
			.fill(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
				.format(clock.instant().minus(Duration.ofMinutes(10)).atZone(FrenchDates.FRANCE)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la notification")).click();
		assertThat(page.locator("#reference-error").textContent()).isEqualTo("Ce champ est obligatoire.");
		check("breach-notification-error");
		page.getByLabel("Référence de la notification").fill("CNIL-TEST-0001");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la notification")).click();
		assertThat(page.locator("#delai-etat").textContent()).isEqualTo("Notifiée à la CNIL");

		page.navigate(url("/dpo/violations"));
		assertThat(page.locator("#violations").textContent()).contains("Courriel de remboursement");
		page.navigate(url("/dpo"));
		assertThat(page.locator("#violations-ouvertes").textContent()).contains("Courriel de remboursement");
		check("breach-home-card");
		assertNoConsoleErrors();
	}

	/** axe, no horizontal scroll at 320 px nor with text at 200 %, and screenshots. */
	void check(String name) {
		assertNoSeriousAccessibilityViolation();
		screenshot(name);
		page.setViewportSize(320, 800);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll at 320 px on %s", name)
			.isTrue();
		screenshot(name + "-320");
		page.setViewportSize(640, 900);
		page.evaluate("document.documentElement.style.fontSize = '200%'");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll with text at 200 %% on %s", name)
			.isTrue();
		page.evaluate("document.documentElement.style.fontSize = ''");
		page.setViewportSize(1280, 900);
	}

}
