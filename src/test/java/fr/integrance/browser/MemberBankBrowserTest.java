package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Iban;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * A member gives a new IBAN in a real browser: a wrong IBAN first (the French error next
 * to the field), then the right one; they sign the SEPA mandate with the code mailed to
 * them, and see the new mandate in force and the old one ended in their history — every
 * page checked with axe at desktop width and at 320 px, without horizontal scroll, and
 * photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class MemberBankBrowserTest extends BrowserTestSupport {

	static final Pattern CODE = Pattern.compile("bancaires : (\\d{6})");

	@Autowired
	MutableClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	People people;

	@Autowired
	ApplicationContext applicationContext;

	/** axe, no horizontal scroll at 320 px, and screenshots at both widths. */
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
	void aMemberSignsANewMandateWithTheMailedCode() {
		PersonId person = new PeopleFixtures(applicationContext).person(Civility.MME, "Navigateur", "Inès",
				LocalDate.of(1988, 4, 2), PeopleFixtures.randomNir(Civility.MME, LocalDate.of(1988, 4, 2)));
		String oldMandate = people.signMandate(people.addBankAccount(person, Iban.parse("FR7630006000011234567890189"),
				Bic.parse("AGRIFRPP"), "Inès Navigateur"), LocalDate.of(2024, 1, 2))
			.rum();
		Created account = accounts.member(person.value());
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(account.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.navigate(url("/iadherent"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier mes coordonnées bancaires"))
			.click();
		page.locator("h1:text-is('Mes coordonnées bancaires')").waitFor();
		assertThat(page.locator("table.bank-history").textContent()).contains(oldMandate, "En vigueur");
		check("member-bank");

		// A wrong IBAN: the error next to the field, what was typed kept.
		page.getByLabel("IBAN").fill("FR76 3000 6000 0112 3456 7890 188");
		page.getByLabel("Titulaire du compte").fill("Inès Navigateur");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir le code de signature")).click();
		assertThat(page.locator("#iban-error").textContent()).startsWith("Cet IBAN n’est pas valide");
		assertThat(page.getByLabel("IBAN").inputValue()).isEqualTo("FR76 3000 6000 0112 3456 7890 188");
		check("member-bank-error");

		page.getByLabel("IBAN").fill("FR76 1010 7001 0112 3456 7890 129");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir le code de signature")).click();
		page.locator("h1:text-is('Signer le mandat de prélèvement SEPA')").waitFor();
		assertThat(page.locator(".iban").textContent()).endsWith("0129");
		check("member-bank-signature");

		List<QueuedMail> mails = OutboxDelivery.mailsTo(applicationContext, account.login());
		Matcher code = CODE.matcher(mails.get(mails.size() - 1).text());
		assertThat(code.find()).isTrue();
		page.getByLabel("J’ai lu ce mandat").check();
		page.getByLabel("Code reçu par courriel").fill(code.group(1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer le mandat")).click();
		page.locator("h1:text-is('Mes coordonnées bancaires')").waitFor();
		assertThat(page.locator(".flash-success").textContent()).contains("est signé");
		assertThat(page.locator("table.bank-history tbody tr")).isNotNull();
		assertThat(page.locator("table.bank-history tbody tr").allTextContents()).hasSize(2);
		assertThat(page.locator("table.bank-history tbody tr").nth(1).textContent()).contains(oldMandate, "Terminé le");
		assertThat(page.content()).doesNotContain("FR76 1010", "FR7610107001");
		check("member-bank-signed");
		assertNoConsoleErrors();
	}

}
