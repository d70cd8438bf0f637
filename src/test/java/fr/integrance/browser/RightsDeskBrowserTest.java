package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.VerifiedRightsRequest;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * The journey of an anonymous access request: sent on {@code /mes-droits} with the
 * optional birth date, recognised among the members, confirmed by the link that reached
 * the address on file, then seen in the DPO's queue, opened, carried out and answered,
 * and the copy downloaded by the requester with the one-time code of the second mail (a
 * wrong code refused in French first); and an erasure that keeps the contract under the
 * rule « contrat + 6 ans », which the answer letter and mail say; a restriction answered
 * with its ground, then lifted from the request's page. Each page axe-clean, the queue
 * and the answered restriction without horizontal scroll at 320 px.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class RightsDeskBrowserTest extends BrowserTestSupport {

	private static final Pattern LINK = Pattern.compile("/mes-droits/confirmation/[A-Za-z0-9_-]+");

	private static final Pattern COPY = Pattern.compile("/mes-droits/copie/[A-Za-z0-9_-]+");

	private static final Pattern CODE = Pattern.compile("\\b\\d{4} \\d{4}\\b");

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext applicationContext;

	@Test
	void anAnonymousAccessRequestIsConfirmedByLinkHandledByTheDpoAndDownloadedWithItsCode() throws IOException {
		PeopleFixtures fixtures = new PeopleFixtures(applicationContext);
		String lastName = uniqueName();
		LocalDate born = LocalDate.of(1968, 9, 3);
		String onFile = "dossier-" + UUID.randomUUID() + "@example.fr";
		PersonId person = fixtures.person(lastName, "Hélène", born);
		fixtures.people().changeContact(person, EmailAddress.of(onFile), null);

		page.navigate(url("/mes-droits"));
		page.check("input[name='rightId'][value='access']");
		page.selectOption("#scope", "all");
		page.fill("#firstName", "Helene");
		page.fill("#lastName", lastName);
		String typed = "saisie-" + UUID.randomUUID() + "@example.fr";
		page.fill("#email", typed);
		page.fill("#birthDate", born.toString());
		page.locator("form button.button-primary").click();
		String reference = page.textContent(".reference").strip();
		assertThat(reference).matches("DDR-\\d{4}-\\d{6}");

		List<QueuedMail> mails = OutboxDelivery.mailsTo(applicationContext, onFile);
		assertThat(mails).hasSize(1);
		Matcher link = LINK.matcher(mails.get(0).text());
		assertThat(link.find()).isTrue();
		page.navigate(url(link.group()));
		assertThat(page.locator("h1").textContent()).isEqualTo("Confirmer votre demande d’exercice de droit");
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-link");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je confirme ma demande")).click();
		assertThat(page.locator("#lien-resultat").getAttribute("data-state")).isEqualTo("confirmed");
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-link-confirmed");

		signIn(accounts.account(Role.DPO));
		page.navigate(url("/dpo/demandes?canal=WEBSITE&droit=access&statut=IN_PROGRESS"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Demandes d’exercice des droits");
		assertThat(page.locator("tr[data-reference='" + reference + "']").count()).isEqualTo(1);
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-desk-queue");
		page.setViewportSize(320, 800);
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
		screenshot("rights-desk-queue-320");
		page.setViewportSize(1280, 900);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Demande " + reference);
		assertThat(page.locator("#etat").getAttribute("data-status")).isEqualTo("IN_PROGRESS");
		assertThat(page.locator("#identite-etat").textContent()).contains("Confirmée par le lien");
		assertThat(page.locator("#historique li").count()).isEqualTo(3);
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-desk-request");
		page.setViewportSize(320, 800);
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
		screenshot("rights-desk-request-320");
		page.setViewportSize(1280, 900);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exécuter et répondre")).click();
		assertThat(page.locator(".flash-success").textContent()).contains("La demande est traitée");
		assertThat(page.locator("#etat").getAttribute("data-status")).isEqualTo("ANSWERED");
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-desk-answered");

		// Confirmed by the link: the answer goes to the address on file, not the one
		// typed.
		List<QueuedMail> answers = OutboxDelivery.mailsTo(applicationContext, onFile);
		QueuedMail notice = answers.stream()
			.filter(mail -> mail.text().contains("/mes-droits/copie/"))
			.findFirst()
			.orElseThrow();
		String code = answers.stream()
			.filter(mail -> mail != notice)
			.map(mail -> CODE.matcher(mail.text()))
			.filter(Matcher::find)
			.map(Matcher::group)
			.findFirst()
			.orElseThrow();
		Matcher copy = COPY.matcher(notice.text());
		assertThat(copy.find()).isTrue();

		context.clearCookies();
		page.navigate(url(copy.group()));
		assertThat(page.locator("h1").textContent()).isEqualTo("Télécharger la copie de vos données");
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-copy");
		page.fill("#code", wrongCode(code));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Télécharger l’archive")).click();
		assertThat(page.locator("#code-error").textContent()).contains("Ce code n’est pas le bon",
				"essais restants : 4");
		assertThat(page.locator("#code").getAttribute("aria-invalid")).isEqualTo("true");
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-copy-wrong-code");
		// The wrong code is answered 400 on purpose, which Chromium logs.
		consoleErrors.removeIf(error -> error.contains("status of 400"));

		page.fill("#code", code);
		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Télécharger l’archive"))
					.click());
		assertThat(download.suggestedFilename()).endsWith(".zip");
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
			assertThat(zip.getNextEntry()).isNotNull();
		}
		assertNoConsoleErrors();
	}

	@Test
	void anErasureKeepsTheContractForItsSixYearsAndTheAnswerSaysSo() throws IOException {
		PeopleFixtures fixtures = new PeopleFixtures(applicationContext);
		String lastName = uniqueName();
		LocalDate born = LocalDate.of(1971, 4, 12);
		String onFile = "dossier-" + UUID.randomUUID() + "@example.fr";
		PersonId person = fixtures.person(lastName, "Odile", born);
		fixtures.people().changeContact(person, EmailAddress.of(onFile), null);
		fixtures.activeContract(person, LocalDate.of(2024, 1, 1), List.of());

		page.navigate(url("/mes-droits"));
		page.check("input[name='rightId'][value='erasure']");
		page.selectOption("#scope", "all");
		page.fill("#firstName", "Odile");
		page.fill("#lastName", lastName);
		String typed = "saisie-" + UUID.randomUUID() + "@example.fr";
		page.fill("#email", typed);
		page.fill("#birthDate", born.toString());
		page.locator("form button.button-primary").click();
		String reference = page.textContent(".reference").strip();

		Matcher link = OutboxDelivery.mailsTo(applicationContext, onFile)
			.stream()
			.map(mail -> LINK.matcher(mail.text()))
			.filter(Matcher::find)
			.findFirst()
			.orElseThrow();
		page.navigate(url(link.group()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je confirme ma demande")).click();
		assertThat(page.locator("#lien-resultat").getAttribute("data-state")).isEqualTo("confirmed");

		signIn(accounts.account(Role.DPO));
		page.navigate(url("/dpo/demandes?droit=erasure&statut=IN_PROGRESS"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exécuter et répondre")).click();
		assertThat(page.locator("#etat").getAttribute("data-status")).isEqualTo("ANSWERED");
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-erasure-answered");

		APIResponse letter = page.request().get(url(page.locator("#lettre").getAttribute("href")));
		assertThat(letter.status()).isEqualTo(200);
		String text;
		try (PDDocument pdf = Loader.loadPDF(letter.body())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Droit de suppression",
				"Conservé : obligation légale, durée de vie du contrat plus six ans");
		assertThat(OutboxDelivery.mailsTo(applicationContext, onFile))
			.anySatisfy(mail -> assertThat(mail.text()).contains("conservées", "lettre de réponse"));
		assertNoConsoleErrors();
	}

	@Test
	void aRestrictionIsSetWithItsGroundThenLiftedAndThePersonIsTold() {
		PeopleFixtures fixtures = new PeopleFixtures(applicationContext);
		String lastName = uniqueName();
		String onFile = "limitation-" + UUID.randomUUID() + "@example.fr";
		PersonId person = fixtures.person(lastName, "Odile", LocalDate.of(1971, 4, 12));
		fixtures.people().changeContact(person, EmailAddress.of(onFile), null);
		ReceivedRightsRequest received = applicationContext.getBean(RightsRequests.class)
			.receiveVerified(new VerifiedRightsRequest("restriction", "all", "Je conteste mon adresse",
					DataSubjectRef.person(person.value()), "Odile", lastName, onFile, "fr", RightsChannel.MEMBER_SPACE,
					false, UUID.randomUUID()));

		signIn(accounts.account(Role.DPO));
		page.navigate(url("/dpo/demandes/" + received.id()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exécuter et répondre")).click();
		assertThat(page.locator("#motifLimitation-error").textContent())
			.isEqualTo("Choisissez le motif de la limitation.");
		assertNoSeriousAccessibilityViolation();
		page.getByLabel("c) Données plus nécessaires, mais utiles à la personne pour des droits en justice").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exécuter et répondre")).click();
		assertThat(page.locator("#etat").getAttribute("data-status")).isEqualTo("ANSWERED");
		assertThat(fixtures.people().find(person).orElseThrow().restricted()).isTrue();
		assertNoSeriousAccessibilityViolation();
		page.setViewportSize(320, 800);
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(320);
		screenshot("rights-restriction-answered-320");
		page.setViewportSize(1280, 900);

		page.getByLabel("Motif de la levée, repris dans la lettre (facultatif)").fill("Adresse vérifiée : exacte.");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Lever la limitation et informer la personne"))
			.click();
		assertThat(page.locator(".flash-success").textContent()).contains("La limitation est levée");
		assertThat(page.locator("#lettre-levee").count()).isEqualTo(1);
		assertThat(fixtures.people().find(person).orElseThrow().restricted()).isFalse();
		assertNoSeriousAccessibilityViolation();
		screenshot("rights-restriction-lifted");
		assertThat(OutboxDelivery.mailsTo(applicationContext, onFile))
			.anySatisfy(mail -> assertThat(mail.text()).contains("levé la limitation"));
		assertNoConsoleErrors();
	}

	private static String wrongCode(String code) {
		char last = code.charAt(code.length() - 1);
		return code.substring(0, code.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
	}

	private void signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(account.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
	}

	private static String uniqueName() {
		StringBuilder name = new StringBuilder("Parcours");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			name.append((char) ('a' + Character.digit(c, 16)));
		}
		return name.toString().toUpperCase(Locale.ROOT);
	}

}
