package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.TestPdf;

/**
 * The rights intake beyond the public form, in a real browser: a member exercises a right
 * from iAdhérent (errors first, beside the fields), verified by the session; a requester
 * nobody matched sends an identity document through the link the DPO had mailed, and the
 * DPO links them after checking it, which deletes it. Each page axe-clean and without
 * horizontal scroll at 320 px, and photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class RightsIntakeBrowserTest extends BrowserTestSupport {

	private static final Pattern PIECE = Pattern.compile("/mes-droits/piece/[A-Za-z0-9_-]+");

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	RightsRequests rights;

	@Test
	void aMemberExercisesARightFromTheirSpace() {
		PeopleFixtures fixtures = new PeopleFixtures(applicationContext);
		PersonId person = fixtures.person("Intake", "Mireille", LocalDate.of(1979, 6, 21));
		fixtures.people().changeContact(person, EmailAddress.of("membre-" + UUID.randomUUID() + "@example.fr"), null);
		signIn(accounts.member(person.value()));

		page.navigate(url("/iadherent"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercer mes droits sur mes données"))
			.click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Exercer un droit sur mes données");
		check("member-rights");

		page.fill("#message", "Mon numéro de téléphone a changé");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande")).click();
		assertThat(page.title()).startsWith("Erreur");
		assertThat(page.locator("#rightId-error").textContent()).contains("Choisissez le droit que vous exercez.");
		assertThat(page.inputValue("#message")).isEqualTo("Mon numéro de téléphone a changé");
		check("member-rights-errors");

		page.check("input[name='rightId'][value='rectification']");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande")).click();
		assertThat(page.url()).endsWith("/iadherent/mes-droits/envoyee");
		assertThat(page.textContent(".reference")).matches("DDR-\\d{4}-\\d{6}");
		assertThat(page.textContent("main")).contains("déjà en cours de traitement");
		check("member-rights-sent");
		assertNoConsoleErrors();
	}

	@Test
	void anUnmatchedRequesterSendsAnIdentityDocumentWhichIsDeletedOnceChecked() {
		String email = "inconnue-" + UUID.randomUUID() + "@example.fr";
		ReceivedRightsRequest received = rights.receive(new RightsRequestSubmission("access", "all", null, "Camille",
				"Inconnue" + UUID.randomUUID().toString().substring(0, 6), email, null, "fr"));

		signIn(accounts.account(Role.DPO));
		page.navigate(url("/dpo/demandes/" + received.id()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander une pièce d’identité")).click();
		assertThat(page.locator("#piece-attendue").textContent()).contains("en attente");
		Matcher link = OutboxDelivery.mailsTo(applicationContext, email)
			.stream()
			.map(mail -> PIECE.matcher(mail.text()))
			.filter(Matcher::find)
			.findFirst()
			.orElseThrow();

		context.clearCookies();
		page.navigate(url(link.group()));
		assertThat(page.locator("h1").textContent()).isEqualTo("Envoyer une pièce d’identité");
		check("rights-identity-document");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la pièce")).click();
		assertThat(page.locator("#piece-error").textContent()).contains("Choisissez le fichier");
		check("rights-identity-document-error");
		// The missing file is answered 400 on purpose, which Chromium logs.
		consoleErrors.removeIf(error -> error.contains("status of 400"));
		page.setInputFiles("#piece", new FilePayload("carte.pdf", "application/pdf", TestPdf.onePage()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la pièce")).click();
		assertThat(page.locator("#piece-recue").textContent()).isEqualTo("Votre pièce d’identité est bien reçue");
		check("rights-identity-document-sent");

		signIn(accounts.account(Role.DPO));
		page.navigate(url("/dpo/demandes/" + received.id()));
		assertThat(page.locator("#piece-identite").count()).isEqualTo(1);
		check("rights-desk-identity-document");
		page.check("#personne-email");
		page.check("#piece");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lier et passer en cours")).click();
		assertThat(page.locator("#etat").getAttribute("data-identity")).isEqualTo("DOCUMENT_CHECKED");
		assertThat(page.locator("#piece-identite").count()).isZero();
		assertThat(page.locator("#historique li[data-kind='identity-document-deleted']").count()).isEqualTo(1);
		check("rights-desk-identity-document-deleted");
		assertNoConsoleErrors();
	}

	private void signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(account.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		if (account.totp()) {
			page.getByLabel("Code à 6 chiffres ou code de secours")
				.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
		}
	}

	/** axe, no horizontal scroll at 320 px, and screenshots. */
	private void check(String name) {
		assertNoSeriousAccessibilityViolation();
		screenshot(name);
		page.setViewportSize(320, 800);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll at 320 px on %s", name)
			.isTrue();
		screenshot(name + "-320");
		page.setViewportSize(1280, 900);
	}

}
