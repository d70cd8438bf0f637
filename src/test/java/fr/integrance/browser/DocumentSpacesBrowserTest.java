package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

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
 * The document space of each audience in a real browser: create a folder, upload (by the
 * file input, and once by drag-and-drop), comment, set a reminder, receive it (the clock
 * moved a day, the reminder job run), download the same bytes, delete — every page
 * checked with axe, at 320 px and with text at 200 %, and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
@TestPropertySource(properties = "app.demo-data.enabled=true")
class DocumentSpacesBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	Representations representations;

	void signIn(String login, String password, boolean totp, String secret) {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(login);
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		if (totp) {
			page.getByLabel("Code à 6 chiffres ou code de secours")
				.fill(TestAccounts.totpCode(secret, clock.instant()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
		}
	}

	static byte[] png(Color color) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, 40, 30);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	/** axe, no horizontal scroll at 320 px nor with text at 200 %, and a screenshot. */
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

	int runReminderJob() throws Exception {
		Class<?> type = Class.forName("fr.integrance.documents.internal.ReminderJob");
		Object job = context.getBean(type);
		Method send = job.getClass().getMethod("sendDue");
		send.setAccessible(true);
		Object sent = send.invoke(job);
		Method count = sent.getClass().getDeclaredMethod("sent");
		count.setAccessible(true);
		return (Integer) count.invoke(sent);
	}

	/**
	 * One audience's round, from its space's listing: {@code signInAgain} signs in anew
	 * after the clock has moved a day (the session has expired).
	 */
	void round(String audience, String space, String home, boolean dragAndDrop, Runnable signInAgain) throws Exception {
		page.navigate(url(space));
		assertThat(page.locator("h1").textContent()).contains("ocuments");
		check(audience + "-space");

		// a folder, its name first forgotten
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le dossier")).click();
		assertThat(page.locator("#name-error").textContent()).isEqualTo("Indiquez le nom du dossier.");
		check(audience + "-folder-error");
		page.getByLabel("Nom du dossier").fill("Attestations");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le dossier")).click();
		assertThat(page.locator(".flash-success").textContent()).isEqualTo("Le dossier est créé.");
		assertThat(page.locator(".folder-crumbs [aria-current]").textContent()).isEqualTo("Attestations");

		// upload by the file input, with a reminder tomorrow
		byte[] content = png(Color.BLUE);
		LocalDate tomorrow = FrenchDates.today(clock).plusDays(1);
		page.locator("#file").setInputFiles(new FilePayload("attestation-droits.png", "image/png", content));
		page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill("Attestation de droits");
		page.locator("#reminderDate").fill(tomorrow.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le document")).click();
		page.locator("h1:text-is('Attestation de droits')").waitFor();
		assertThat(page.locator(".flash-success").textContent()).isEqualTo("Le document est ajouté.");
		check(audience + "-document");

		// a comment, empty first
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le commentaire")).click();
		assertThat(page.locator("#text-error").textContent()).isEqualTo("Écrivez le commentaire.");
		page.getByLabel("Nouveau commentaire").fill("Penser au renouvellement en mars");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le commentaire")).click();
		assertThat(page.locator(".comment .free-text").first().textContent())
			.isEqualTo("Penser au renouvellement en mars");

		// the reminder date, a bad alert date first
		page.locator("#alertDate").evaluate("input => input.type = 'text'");
		page.locator("#alertDate").fill("31/02/2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les dates")).click();
		assertThat(page.locator("#alertDate-error").textContent()).contains("Saisissez une date valide");
		check(audience + "-dates-error");
		page.locator("#alertDate").fill("");
		page.locator("#reminderDate").fill(tomorrow.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les dates")).click();
		assertThat(page.locator(".flash-success").textContent()).isEqualTo("Les dates sont enregistrées.");
		String documentUrl = page.url();

		// download: the same bytes, as an attachment
		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger").setExact(true))
					.first()
					.click());
		assertThat(download.suggestedFilename()).isEqualTo("attestation-droits.png");
		assertThat(Files.readAllBytes(download.path())).isEqualTo(content);

		// the reminder comes a day later: the job sends it, the home page shows it
		clock.advance(Duration.ofDays(1));
		assertThat(runReminderJob()).isGreaterThanOrEqualTo(1);
		assertThat(runReminderJob()).as("sent once").isZero();
		signInAgain.run();
		page.navigate(url(home));
		assertThat(page.locator(".notice-list").textContent()).contains("Rappel du", "Attestation de droits");
		check(audience + "-home");

		if (dragAndDrop) {
			page.navigate(url(space));
			byte[] dropped = png(Color.RED);
			page.locator("[data-drop-zone]")
				.evaluate(
						"""
								(zone, bytes) => {
								  const data = new DataTransfer();
								  data.items.add(new File([new Uint8Array(bytes)], 'glisse.png', { type: 'image/png' }));
								  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
								}""",
						toList(dropped));
			assertThat(page.locator("[data-drop-file]").textContent()).isEqualTo("glisse.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le document")).click();
			page.locator("h1:text-is('glisse')").waitFor();
			assertThat(page.locator(".flash-success").textContent()).isEqualTo("Le document est ajouté.");
			// the drop zone opens the file picker from the keyboard
			page.navigate(url(space));
			page.evaluate("document.getElementById('file').addEventListener('click', event => {"
					+ " window.pickerOpened = true; event.preventDefault(); })");
			page.locator("[data-drop-zone]").press("Enter");
			assertThat((Boolean) page.evaluate("window.pickerOpened === true")).as("Enter opens the picker").isTrue();
		}

		// delete, after a confirmation
		page.navigate(documentUrl);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supprimer le document")).click();
		check(audience + "-confirm");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oui, supprimer le document")).click();
		assertThat(page.locator(".flash-success").textContent()).isEqualTo("Le document est supprimé.");
		assertNoConsoleErrors();
	}

	static List<Integer> toList(byte[] bytes) {
		List<Integer> list = new ArrayList<>();
		for (byte b : bytes) {
			list.add(b & 0xff);
		}
		return list;
	}

	@Test
	void memberKeepsTheirDocuments() throws Exception {
		Runnable signIn = () -> signIn("adherent@demo.integrance.fr", "Demo-Integrance-2026", false, "");
		signIn.run();
		page.navigate(url("/iadherent"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes documents")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Mes documents");
		round("documents-member", "/iadherent/documents", "/iadherent", true, signIn);
	}

	@Test
	void guardianAgentKeepsAProtectedAdultsDocuments() throws Exception {
		OrganisationId organisation = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		PersonId adult = new PeopleFixtures(context).person("Fontaine", "Lucienne", LocalDate.of(1941, 3, 2));
		representations.create(new NewRepresentation(organisation.value(), adult, ProtectionMeasure.TUTELLE,
				DateRange.from(FrenchDates.today(clock).minusYears(2)), "RG 24/01234"));
		Created agent = accounts.account(Role.GUARDIAN_AGENT, organisation, false);
		Runnable signIn = () -> signIn(agent.login(), TestAccounts.PASSWORD, true, TestAccounts.TOTP_SECRET);
		signIn.run();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Documents de Lucienne Fontaine")).click();
		round("documents-guardian", "/itutelle/majeurs/" + adult.value() + "/documents", "/itutelle", false, signIn);
	}

	@Test
	void staffKeepsAPersonsDocuments() throws Exception {
		PersonId person = new PeopleFixtures(context).person("Garnier", "Odile", LocalDate.of(1975, 7, 14));
		Created staff = accounts.account(Role.STAFF);
		Runnable signIn = () -> signIn(staff.login(), TestAccounts.PASSWORD, true, TestAccounts.TOTP_SECRET);
		signIn.run();
		page.navigate(url("/gestion/personnes/" + person.value()));
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Ouvrir l’espace de documents de la personne"))
			.click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Documents de Odile Garnier");
		round("documents-staff", "/gestion/personnes/" + person.value() + "/documents",
				"/gestion/personnes/" + person.value() + "/documents", false, signIn);
	}

}
