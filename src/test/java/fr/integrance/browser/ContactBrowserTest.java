package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fr.integrance.requests.TestFiles;

/**
 * The contact form in the browser: an error keeps the values and the accepted file, then
 * the request is sent.
 */
class ContactBrowserTest extends BrowserTestSupport {

	@Test
	void questionWithAFileIsSent() throws Exception {
		page.navigate(url("/contact"));
		assertNoSeriousAccessibilityViolation();
		screenshot("contact");

		page.fill("#lastName", "Martin");
		page.fill("#firstName", "Élodie");
		page.fill("#email", "elodie.martin@example.fr");
		page.fill("#subject", "Remboursement de lunettes");
		Path invoice = Files.createTempFile("facture-opticien", ".pdf");
		Files.write(invoice, TestFiles.pdf());
		page.setInputFiles("#attachments", invoice);
		page.locator("form button.button-primary").click();

		// Message and consent missing: the values are still there; the file, never stored
		// before the form is complete (issue 11), is to be chosen again, as the page
		// says.
		assertThat(page.locator("#erreurs").isVisible()).isTrue();
		assertThat(page.inputValue("#lastName")).isEqualTo("Martin");
		assertThat(page.inputValue("#firstName")).isEqualTo("Élodie");
		assertThat(page.inputValue("#subject")).isEqualTo("Remboursement de lunettes");
		assertThat(page.textContent("#erreurs")).contains("choisissez-les à nouveau");
		assertNoSeriousAccessibilityViolation();
		screenshot("contact-erreurs");

		page.fill("#message", "Bonjour,\nJe n’ai pas reçu le remboursement de mes lunettes du 3 mars.");
		page.check("#consent");
		page.setInputFiles("#attachments", invoice);
		page.locator("form button.button-primary").click();

		assertThat(page.url()).endsWith("/contact/confirmation");
		assertThat(page.textContent(".reference")).matches("DEM-\\d{4}-\\d{6}");
		assertNoSeriousAccessibilityViolation();
		screenshot("contact-confirmation");
		assertNoConsoleErrors();
	}

	@Test
	void tooLargeFileIsFlaggedBeforeSending() throws Exception {
		page.navigate(url("/contact"));
		Path big = Files.createTempFile("trop-gros", ".pdf");
		Files.write(big, new byte[6 * 1024 * 1024]);
		page.setInputFiles("#attachments", big);

		assertThat(page.textContent("#attachments-error")).contains("Le fichier est trop volumineux");
		page.fill("#lastName", "Martin");
		page.locator("form button.button-primary").click();
		// The script stopped the sending: still the form, the name still typed.
		assertThat(page.url()).endsWith("/contact");
		assertThat(page.inputValue("#lastName")).isEqualTo("Martin");
		screenshot("contact-fichier-trop-gros");
	}

}
