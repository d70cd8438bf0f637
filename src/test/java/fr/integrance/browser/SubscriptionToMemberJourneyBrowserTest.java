package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * Issue 6's whole journey in one browser: a prospect sends a subscription request on the
 * public site; a staff member signs in with password and TOTP, takes the case and accepts
 * it; the invitation e-mail brings the member number; the new member activates their
 * space (names, birth date, member number, e-mail verified by a link, password and
 * consent) and reaches iAdhérent.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class SubscriptionToMemberJourneyBrowserTest extends BrowserTestSupport {

	private static final Pattern MEMBER_NUMBER = Pattern
		.compile("adhérent[\\s\\u00A0\\u202F]*:[\\s\\u00A0\\u202F]*(\\d[\\d \\u00A0]{9,13})");

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext applicationContext;

	@Test
	void prospectBecomesAMemberWhoReachesIadherent() {
		String email = "elise-" + UUID.randomUUID() + "@test.integrance.fr";
		Mailbox mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(applicationContext));

		// 1. The prospect's subscription request, from the offers page.
		page.navigate(url("/offres"));
		page.locator("a[href='/souscription?formule=confort']").click();
		page.check("#civility");
		page.fill("#lastName", "Durand-Léger");
		page.fill("#firstName", "Élise");
		page.fill("#birthDate", "1990-05-17");
		page.fill("#phone", "06 11 22 33 44");
		page.fill("#email", email);
		page.fill("#addressLine1", "8 quai Saint-Vincent");
		page.fill("#postalCode", "69001");
		page.fill("#city", "Lyon");
		next();
		page.check("input[name='scheme'][value='GENERAL']");
		page.selectOption("#familySituation", "SINGLE");
		next();
		next(); // no dependants
		assertThat(page.isChecked("input[name='planCode'][value='confort']")).isTrue();
		next();
		page.check("#certifiesAccuracy");
		next();
		page.locator("form button.button-primary").click();
		String reference = page.textContent(".reference").strip();
		assertThat(reference).matches("DEM-\\d{4}-\\d{6}");
		screenshot("journey-1-request-sent");

		// 2. A staff member (password + TOTP) takes the case and accepts it.
		clock.advance(Duration.ofSeconds(30));
		TestAccounts.Created staff = accounts.account(Role.STAFF);
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(staff.login());
		page.getByLabel("Mot de passe", exact()).fill(TestAccounts.PASSWORD);
		click("Se connecter");
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		click("Valider");
		page.navigate(url("/gestion/demandes?type=SUBSCRIPTION&statut=SUBMITTED"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
		assertThat(page.locator("main").textContent()).contains("Durand-Léger", "Élise");
		screenshot("journey-2-case");
		click("Prendre en charge");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter").setExact(true)).click();
		assertThat(page.locator(".flash-success").textContent()).contains("La souscription est acceptée");
		assertNoSeriousAccessibilityViolation();
		screenshot("journey-3-case-accepted");
		click("Se déconnecter");

		// 3. The invitation e-mail (after the acknowledgement), sent by the members'
		// channel once the contract is active, carries the member number and the link.
		MimeMessage invitation = mailbox.awaitMessage(email, 2);
		String text = OutboxDelivery.text(invitation);
		assertThat(text).contains("/activation");
		Matcher number = MEMBER_NUMBER.matcher(text);
		assertThat(number.find()).as("member number in the invitation:%n%s", text).isTrue();
		String memberNumber = number.group(1).replaceAll("\\D", "");

		// 4. The new member activates their space and reaches iAdhérent.
		page.navigate(url("/activation"));
		page.getByLabel("Nom", exact()).fill("DURAND LEGER");
		page.getByLabel("Prénom(s)", exact()).fill("elise");
		page.getByLabel("Date de naissance", exact()).fill("1990-05-17");
		page.getByLabel("Numéro d’adhérent", exact()).fill(memberNumber);
		click("Continuer");
		assertThat(page.url()).endsWith("/activation/coordonnees");
		page.getByLabel("Adresse e-mail", exact()).fill(email);
		click("Recevoir le lien");
		List<String> links = OutboxDelivery.links(mailbox.awaitMessage(email, 3), "/activation/lien/");
		page.navigate(url(links.get(0)));
		String password = "Une-Adhesion-Bien-Menee-2026";
		page.getByLabel("Nouveau mot de passe", exact()).fill(password);
		page.getByLabel("Confirmez le nouveau mot de passe", exact()).fill(password);
		page.locator("#consent").check();
		click("Créer mon compte");
		assertThat(page.url()).endsWith("/connexion?compteActive");
		page.getByLabel("Adresse électronique").fill(email);
		page.getByLabel("Mot de passe", exact()).fill(password);
		click("Se connecter");
		assertThat(page.url()).endsWith("/iadherent");
		assertNoSeriousAccessibilityViolation();
		assertNoConsoleErrors();
		screenshot("journey-4-iadherent");
	}

	private Page.GetByLabelOptions exact() {
		return new Page.GetByLabelOptions().setExact(true);
	}

	private void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

	private void next() {
		page.locator("button.button-primary").click();
		page.waitForLoadState();
	}

}
