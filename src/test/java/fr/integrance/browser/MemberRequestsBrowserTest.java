package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.PersonId;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.CaseFixtures.MemberCase;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * « Answer to a staff question » in real browsers: a member's request sent from her
 * space; a staff member asks her for a document in the back office; she reads the
 * question in iAdhérent (the list, then the thread), first sends an answer without text
 * (the French error next to the field), then answers with the document; the case is back
 * in review and the staff member reads her answer and file on the case page. Every member
 * page axe-clean on a desktop and at 320 px (no horizontal scroll), photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class MemberRequestsBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext applicationContext;

	void signIn(Created account) {
		context.clearCookies();
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

	/** axe on a desktop and at 320 px, no horizontal scroll there, and screenshots. */
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
	void memberAnswersAStaffQuestionAndStaffSeesTheAnswer() throws Exception {
		PersonId person = new PeopleFixtures(applicationContext).person("Lefèvre", "Inès", LocalDate.of(1988, 4, 9));
		MemberCase memberCase = CaseFixtures.memberCaseWithFile(applicationContext, person);
		UUID caseId = applicationContext.getBean(JdbcTemplate.class)
			.queryForObject("SELECT id FROM request_case WHERE reference = ?", UUID.class, memberCase.reference());
		Created member = accounts.member(person.value());
		Created staff = accounts.account(Role.STAFF);

		// Staff take the case and ask for a document.
		signIn(staff);
		page.navigate(url("/gestion/demandes/" + caseId));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")).click();
		page.getByLabel("Ce qui manque").fill("Merci de joindre votre facture d’opticien.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander le complément")).click();
		assertThat(page.locator(".status").first().textContent()).isEqualTo("En attente de l’expéditeur");

		// The member finds the question in her space.
		signIn(member);
		page.navigate(url("/iadherent"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toutes mes demandes")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Mes demandes");
		assertThat(page.locator(".case-list").textContent()).contains(memberCase.reference(),
				"En attente de votre réponse", "Merci de joindre votre facture d’opticien.");
		check("member-requests-list");

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Répondre à la mutuelle (demande " + memberCase.reference() + ")"))
			.click();
		assertThat(page.locator(".notice-waiting").textContent()).contains("La mutuelle attend votre réponse");
		assertThat(page.locator(".thread").textContent()).contains("Merci de joindre votre facture d’opticien.",
				"attestation.pdf");
		check("member-request-waiting");

		// An empty answer: the French error next to the field.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma réponse")).click();
		assertThat(page.locator("#body-error").textContent()).contains("Écrivez votre message.");
		check("member-request-answer-error");

		// The answer with the invoice.
		Path invoice = Files.createTempFile("facture", ".pdf");
		Files.write(invoice, TestFiles.pdf());
		Path named = Files.move(invoice, invoice.resolveSibling("facture-opticien-" + UUID.randomUUID() + ".pdf"));
		page.getByLabel("Votre message").fill("Voici la facture de l’opticien.");
		page.getByLabel("Pièces jointes (facultatif)").setInputFiles(named);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma réponse")).click();
		assertThat(page.locator(".flash-success").textContent()).contains("Votre réponse est envoyée");
		assertThat(page.locator(".status").first().textContent()).isEqualTo("En cours de traitement");
		assertThat(page.locator(".thread .message-FROM_SENDER").last().textContent())
			.contains("Voici la facture de l’opticien.", named.getFileName().toString());
		check("member-request-answered");
		assertNoConsoleErrors();
		Files.deleteIfExists(named);

		// Staff see the answer, the file and the case back in review.
		signIn(staff);
		page.navigate(url("/gestion/demandes/" + caseId));
		assertThat(page.locator(".status").first().textContent()).isEqualTo("En instruction");
		assertThat(page.locator(".thread").textContent()).contains("Voici la facture de l’opticien.");
		assertThat(page.content()).contains(named.getFileName().toString());
		assertNoSeriousAccessibilityViolation();
		screenshot("member-request-staff-sees-answer");
	}

}
