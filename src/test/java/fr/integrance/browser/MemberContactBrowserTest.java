package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * A member changes their contact details in a real browser: an address refused for a
 * commune its postal code does not serve, then saved; a new e-mail address confirmed
 * through the link mailed to it; then « my data ». Every page checked with axe on a
 * desktop and at 320 px (no horizontal scroll), and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class MemberContactBrowserTest extends BrowserTestSupport {

	@Autowired
	MutableClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	People people;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext applicationContext;

	Page.GetByLabelOptions exact() {
		return new Page.GetByLabelOptions().setExact(true);
	}

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

	void signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(account.login());
		page.getByLabel("Mot de passe", exact()).fill(TestAccounts.PASSWORD);
		click("Se connecter");
		page.waitForURL(url -> !url.contains("/connexion"));
	}

	/** axe on a desktop and at 320 px, no horizontal scroll there, screenshots. */
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
	void aMemberChangesTheirAddressAndConfirmsANewEmailThroughTheMailedLink() {
		PersonId person = new PeopleFixtures(applicationContext).person("Garnier", "Élise", LocalDate.of(1979, 4, 2));
		String oldEmail = "elise-" + UUID.randomUUID() + "@test.integrance.fr";
		people.changeContact(person, EmailAddress.of(oldEmail), null);
		Created account = accounts.member(person.value());
		signIn(account);

		page.navigate(url("/iadherent"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier mes coordonnées").setExact(true))
			.click();
		page.locator("h1:text-is('Mes coordonnées')").waitFor();
		check("member-contact");

		// An address whose commune the postal code does not serve: refused next to the
		// field.
		page.getByLabel("Numéro et voie", exact()).fill("3 place Bellecour");
		page.getByLabel("Code postal", exact()).fill("69002");
		page.getByLabel("Commune", exact()).fill("Marseille");
		click("Enregistrer l’adresse");
		assertThat(page.locator("#city-error").textContent())
			.isEqualTo("Cette commune ne correspond pas au code postal.");
		assertThat(page.getByLabel("Numéro et voie", exact()).inputValue()).isEqualTo("3 place Bellecour");
		check("member-contact-address-error");
		page.getByLabel("Commune", exact()).fill("Lyon");
		click("Enregistrer l’adresse");
		assertThat(page.locator("[role=status]").textContent()).isEqualTo("Votre adresse postale est enregistrée.");
		assertThat(page.locator(".current-address").textContent()).contains("3 place Bellecour", "69002 Lyon");

		// A new e-mail address: a link to it, effective once confirmed.
		String newEmail = "elise.garnier-" + UUID.randomUUID() + "@test.integrance.fr";
		page.getByLabel("Nouvelle adresse électronique", exact()).fill(newEmail);
		click("Envoyer le lien de confirmation");
		assertThat(page.locator(".pending-email").textContent()).contains(newEmail);
		assertThat(page.locator(".current-email").textContent()).isEqualTo(oldEmail);
		check("member-contact-email-pending");

		OutboxDelivery.deliverDue(applicationContext);
		List<String> links = OutboxDelivery.links(new Mailbox(smtp).awaitMessage(newEmail, 1),
				"/iadherent/coordonnees/courriel/");
		assertThat(links).hasSize(1);
		page.navigate(url(links.get(0)));
		assertThat(page.locator("dd.pending").textContent()).isEqualTo(newEmail);
		check("member-contact-email-confirm");
		click("Confirmer cette adresse");
		assertThat(page.locator("[role=status]").textContent())
			.contains("Votre nouvelle adresse électronique est confirmée");
		assertThat(page.locator(".current-email").textContent()).isEqualTo(newEmail);

		page.navigate(url("/iadherent/mes-donnees"));
		page.locator("h1:text-is('Mes données')").waitFor();
		check("member-data");
		assertNoConsoleErrors();

		// The spent link no longer works (a 404 page, which the console reports as such).
		page.navigate(url(links.get(0)));
		assertThat(page.locator("h1").textContent()).isEqualTo("Ce lien ne fonctionne plus");
		check("member-contact-link-spent");
	}

}
