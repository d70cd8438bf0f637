package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.TestAccounts;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * The demo member Camille Martin's home in a real browser: her contract, its table of
 * cover, her husband and daughter, her account (masked) and mandate; the attestation
 * downloaded as a PDF from the desktop and from a 320 px phone, and its printable card —
 * every page checked with axe, without horizontal scroll at 320 px nor with text at 200
 * %, and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
@TestPropertySource(properties = "app.demo-data.enabled=true")
class MemberHomeBrowserTest extends BrowserTestSupport {

	@Autowired
	MutableClock clock;

	void signInAsCamille() {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill("adherent@demo.integrance.fr");
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("Demo-Integrance-2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
	}

	/** axe, no horizontal scroll at 320 px nor with text at 200 %, and a screenshot. */
	void check(String name) {
		assertNoSeriousAccessibilityViolation();
		screenshot(name);
		page.setViewportSize(320, 800);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll at 320 px on %s", name)
			.isTrue();
		assertNoSeriousAccessibilityViolation();
		screenshot(name + "-320");
		page.setViewportSize(640, 900);
		page.evaluate("document.documentElement.style.fontSize = '200%'");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll with text at 200 %% on %s", name)
			.isTrue();
		page.evaluate("document.documentElement.style.fontSize = ''");
		page.setViewportSize(1280, 900);
	}

	String downloadAttestation() throws IOException {
		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Télécharger mon attestation d’adhésion (PDF)"))
			.first()
			.click());
		assertThat(download.suggestedFilename()).startsWith("attestation-adhesion-").endsWith(".pdf");
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	@Test
	void camilleSeesHerContractAndDownloadsHerAttestation() throws IOException {
		signInAsCamille();
		page.navigate(url("/iadherent"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Bonjour Camille Sophie");
		assertThat(page.locator("#contract-0").textContent()).contains("Confort");
		assertThat(page.locator("table.beneficiaries tbody th").allTextContents()).containsExactly("Thomas Martin",
				"Léa Martin");
		assertThat(page.locator("table.beneficiaries").textContent()).contains("Conjoint(e)", "Enfant");
		assertThat(page.locator(".iban").textContent()).endsWith(" 0189").doesNotContain("FR76");
		assertThat(page.content()).doesNotContain("FR76 3000 6000");
		String memberNumber = page.locator(".member-number").first().textContent();
		check("member-home");

		String pdf = downloadAttestation();
		assertThat(pdf).contains("Attestation d’adhésion", memberNumber, "Confort", "Thomas Martin", "Léa Martin");

		// The same from a phone.
		page.setViewportSize(320, 800);
		page.navigate(url("/iadherent"));
		assertThat(downloadAttestation()).contains(memberNumber);
		page.setViewportSize(1280, 900);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Carte imprimable")).click();
		page.locator("h1:text-is('Carte d’attestation d’adhésion')").waitFor();
		assertThat(page.locator(".attestation-card").textContent()).contains(memberNumber, "Thomas Martin",
				"Léa Martin");
		assertThat(page.locator("button[data-print]").isVisible()).isTrue();
		check("member-attestation-card");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator(".site-header").isVisible()).isFalse();
		assertThat(page.locator(".attestation-card").isVisible()).isTrue();
		screenshot("member-attestation-card-print");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
		assertNoConsoleErrors();
	}

}
