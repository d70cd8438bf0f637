package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fr.integrance.requests.TestFiles;

/**
 * The subscription request in the browser: six steps with two dependants (each with a
 * civility), errors that keep every field, a step back that keeps the step's values, axe
 * on each step, screenshots to look at.
 */
class SubscriptionBrowserTest extends BrowserTestSupport {

	@Test
	void journeyWithTwoDependantsFromTheOffersPage() throws Exception {
		page.navigate(url("/offres"));
		page.locator("a[href='/souscription?formule=confort']").click();

		// Step 1: an error first, then the right values.
		assertThat(page.url()).endsWith("/souscription/identite");
		check("souscription-1-identite");
		page.check("#civility");
		page.fill("#lastName", "Le Floc’h");
		page.fill("#firstName", "Anne-Marie");
		page.fill("#birthName", "Kervella");
		page.fill("#birthDate", "1984-02-29");
		page.fill("#phone", "06 12 34 56");
		page.fill("#email", "anne.lefloch@example.fr");
		page.fill("#addressLine1", "12 rue des Lilas");
		page.fill("#postalCode", "2920");
		page.fill("#city", "Brest");
		next();
		assertThat(page.locator("#erreurs").isVisible()).isTrue();
		assertThat(page.title()).startsWith("Erreur");
		assertThat(page.inputValue("#lastName")).isEqualTo("Le Floc’h");
		assertThat(page.inputValue("#firstName")).isEqualTo("Anne-Marie");
		assertThat(page.inputValue("#birthName")).isEqualTo("Kervella");
		assertThat(page.inputValue("#birthDate")).isEqualTo("1984-02-29");
		assertThat(page.inputValue("#phone")).isEqualTo("06 12 34 56");
		assertThat(page.inputValue("#email")).isEqualTo("anne.lefloch@example.fr");
		assertThat(page.inputValue("#addressLine1")).isEqualTo("12 rue des Lilas");
		assertThat(page.inputValue("#postalCode")).isEqualTo("2920");
		assertThat(page.inputValue("#city")).isEqualTo("Brest");
		assertThat(page.isChecked("#civility")).isTrue();
		check("souscription-1-identite-erreurs");
		page.locator("#erreurs a[href='#phone']").click();
		assertThat((Boolean) page.evaluate("document.activeElement.id === 'phone'")).isTrue();
		page.fill("#phone", "06 12 34 56 78");
		page.fill("#postalCode", "29200");
		next();

		// Step 2, then back to step 1 and forward again: nothing lost.
		assertThat(page.url()).endsWith("/souscription/situation");
		check("souscription-2-situation");
		page.check("input[name='scheme'][value='GENERAL']");
		page.fill("#fund", "CPAM du Finistère");
		page.selectOption("#familySituation", "MARRIED");
		page.locator("button[name='back']").click();
		assertThat(page.url()).endsWith("/souscription/identite");
		assertThat(page.inputValue("#firstName")).isEqualTo("Anne-Marie");
		next();
		assertThat(page.isChecked("input[name='scheme'][value='GENERAL']")).isTrue();
		assertThat(page.inputValue("#fund")).isEqualTo("CPAM du Finistère");
		assertThat(page.inputValue("#familySituation")).isEqualTo("MARRIED");
		next();

		// Step 3: two dependants, one added then removed on the way.
		assertThat(page.url()).contains("/souscription/ayants-droit");
		check("souscription-3-ayants-droit-vide");
		page.locator("button[name='add']").click();
		page.selectOption("#dependants0\\.relationship", "SPOUSE");
		page.check("input[name='dependants[0].civility'][value='M']");
		page.fill("#dependants0\\.lastName", "Le Floc’h");
		page.fill("#dependants0\\.firstName", "Yann");
		page.fill("#dependants0\\.birthDate", "1982-07-14");
		page.locator("button[name='add']").click();
		page.selectOption("#dependants1\\.relationship", "CHILD");
		page.fill("#dependants1\\.lastName", "Le Floc’h");
		page.fill("#dependants1\\.firstName", "Erwan");
		page.locator("button[name='add']").click();
		page.selectOption("#dependants2\\.relationship", "CHILD");
		page.fill("#dependants2\\.lastName", "Le Floc’h");
		page.fill("#dependants2\\.firstName", "Maël");
		page.fill("#dependants2\\.birthDate", "2019-05-03");
		page.locator("button[name='remove'][value='1']").click();
		assertThat(page.locator("fieldset.dependant").count()).isEqualTo(2);
		assertThat(page.inputValue("#dependants0\\.firstName")).isEqualTo("Yann");
		assertThat(page.inputValue("#dependants1\\.firstName")).isEqualTo("Maël");
		// Maël's civility forgotten: the error is next to it, everything else kept.
		next();
		assertThat(page.url()).contains("/souscription/ayants-droit");
		assertThat(page.title()).startsWith("Erreur");
		assertThat(page.textContent("#dependants1\\.civility-error"))
			.contains("Choisissez la civilité de cet ayant droit.");
		assertThat(page.isChecked("input[name='dependants[0].civility'][value='M']")).isTrue();
		assertThat(page.inputValue("#dependants1\\.birthDate")).isEqualTo("2019-05-03");
		check("souscription-3-ayants-droit-erreurs");
		page.locator("#erreurs a[href='#dependants1.civility']").click();
		page.check("input[name='dependants[1].civility'][value='MME']");
		check("souscription-3-ayants-droit");
		next();
		// Back from step 4: the civilities are still there.
		page.locator("button[name='back']").click();
		assertThat(page.url()).contains("/souscription/ayants-droit");
		assertThat(page.isChecked("input[name='dependants[0].civility'][value='M']")).isTrue();
		assertThat(page.isChecked("input[name='dependants[1].civility'][value='MME']")).isTrue();
		next();

		// Step 4: the plan chosen on /offres is preselected.
		assertThat(page.url()).endsWith("/souscription/formule");
		assertThat(page.isChecked("input[name='planCode'][value='confort']")).isTrue();
		check("souscription-4-formule");
		next();

		// Step 5: an attestation, marketing left unticked, the certification ticked.
		assertThat(page.url()).endsWith("/souscription/pieces");
		assertThat(page.isChecked("#marketingConsent")).isFalse();
		check("souscription-5-pieces");
		Path attestation = Files.createTempFile("attestation-droits", ".pdf");
		Files.write(attestation, TestFiles.pdf());
		page.setInputFiles("#attestation", attestation);
		page.check("#certifiesAccuracy");
		next();

		// Step 6: everything on one page, then sent.
		assertThat(page.url()).endsWith("/souscription/recapitulatif");
		assertThat(page.textContent("main")).contains("Anne-Marie", "29 février 1984", "Monsieur Yann Le Floc’h",
				"Madame Maël Le Floc’h", "Confort", attestation.getFileName().toString());
		check("souscription-6-recapitulatif");
		page.locator("form button.button-primary").click();

		assertThat(page.url()).endsWith("/souscription/confirmation");
		assertThat(page.textContent(".reference")).matches("DEM-\\d{4}-\\d{6}");
		check("souscription-7-confirmation");
		assertNoConsoleErrors();
	}

	@Test
	void stepOnAPhone() {
		page.setViewportSize(375, 800);
		page.navigate(url("/souscription"));
		assertNoSeriousAccessibilityViolation();
		screenshot("souscription-1-identite-mobile");
	}

	private void next() {
		page.locator("button.button-primary").click();
		page.waitForLoadState();
	}

	private void check(String screenshot) {
		assertNoSeriousAccessibilityViolation();
		screenshot(screenshot);
	}

}
