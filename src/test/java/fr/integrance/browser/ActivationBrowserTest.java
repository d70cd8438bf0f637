package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.PersonName;
import fr.integrance.testsupport.Mailbox;

/**
 * Issue 6 in a real browser: a member activates their account in three steps (a wrong
 * birth date first, answered by the generic error), follows the e-mailed link, chooses a
 * password, consents, signs in and reaches iAdhérent. Each page is checked with axe and
 * photographed.
 */
class ActivationBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "Ma-Phrase-Secrete-2026";

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

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

	void fillIdentification(String birthDate, String memberNumber) {
		page.getByLabel("Nom", exact()).fill("Lefèvre");
		page.getByLabel("Prénom(s)", exact()).fill("Marie Anne");
		page.getByLabel("Date de naissance", exact()).fill(birthDate);
		page.getByLabel("Numéro d’adhérent", exact()).fill(memberNumber);
		click("Continuer");
	}

	@Test
	void memberActivatesTheAccountInThreeStepsAndReachesIadherent() {
		PersonId person = people
			.register(NewPerson.of(PersonName.of(Civility.MME, "Lefèvre", "Marie Anne"), LocalDate.of(1980, 7, 14)));
		IndividualContract opened = contracts
			.open(new NewIndividualContract(person, "confort", LocalDate.of(2026, 1, 1), List.of()));
		String number = contracts.activate(opened.id()).memberNumber().value();
		String email = "marie-" + UUID.randomUUID() + "@test.integrance.fr";

		page.navigate(url("/connexion"));
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Première connexion ? Activez votre espace adhérent"))
			.click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Activer mon espace adhérent");
		click("Continuer");
		assertThat(page.locator("#lastName-error").textContent()).isEqualTo("Veuillez saisir votre nom.");
		assertNoSeriousAccessibilityViolation();
		screenshot("activation-1-field-errors");

		fillIdentification("1980-07-15", number);
		assertThat(page.locator("#refus").textContent())
			.contains("Ces informations ne correspondent à aucun contrat actif");
		assertNoSeriousAccessibilityViolation();
		screenshot("activation-1-generic-error");

		fillIdentification("1980-07-14", number);
		assertThat(page.url()).endsWith("/activation/coordonnees");
		assertNoSeriousAccessibilityViolation();
		screenshot("activation-2-contact");
		page.getByLabel("Adresse e-mail", exact()).fill(email);
		page.getByLabel("Téléphone (facultatif)", exact()).fill("06 12 34 56 78");
		click("Recevoir le lien");
		assertThat(page.locator("h1").textContent()).isEqualTo("Consultez votre messagerie");
		assertNoSeriousAccessibilityViolation();
		screenshot("activation-2-mail-sent");

		OutboxDelivery.deliverDue(applicationContext);
		List<String> links = OutboxDelivery.links(new Mailbox(smtp).awaitMessage(email, 1), "/activation/lien/");
		page.navigate(url(links.get(0)));
		assertThat(page.locator("dd").textContent()).isEqualTo(email);
		assertThat(page.locator("#consent").isChecked()).isFalse();
		assertNoSeriousAccessibilityViolation();
		screenshot("activation-3-password");
		page.getByLabel("Nouveau mot de passe", exact()).fill(PASSWORD);
		page.getByLabel("Confirmez le nouveau mot de passe", exact()).fill(PASSWORD);
		click("Créer mon compte");
		assertThat(page.locator("#consent-error").textContent()).contains("cochez cette case");
		assertNoSeriousAccessibilityViolation();
		screenshot("activation-3-consent-missing");
		page.getByLabel("Nouveau mot de passe", exact()).fill(PASSWORD);
		page.getByLabel("Confirmez le nouveau mot de passe", exact()).fill(PASSWORD);
		page.locator("#consent").check();
		click("Créer mon compte");

		assertThat(page.url()).endsWith("/connexion?compteActive");
		assertThat(page.locator(".flash-success").textContent()).contains("Votre compte est activé");
		screenshot("activation-done-sign-in");
		page.getByLabel("Adresse électronique").fill(email);
		page.getByLabel("Mot de passe", exact()).fill(PASSWORD);
		click("Se connecter");
		assertThat(page.url()).endsWith("/iadherent");
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("activation-iadherent");
	}

}
