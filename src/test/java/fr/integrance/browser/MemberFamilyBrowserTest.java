package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.NewDependant;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * « Add a child with a proof and staff acceptance » in real browsers: a member opens « Ma
 * famille » from her home, sends the form empty (French errors next to the fields), then
 * her baby daughter with the birth certificate as a file; the request shows in her
 * thread; a staff member takes the case in the back office, reads it with its proof and
 * accepts it with an answer; the member finds her daughter among the beneficiaries of her
 * home and the answer in the thread. Every member page axe-clean on a desktop and at 320
 * px (no horizontal scroll), photographed.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class MemberFamilyBrowserTest extends BrowserTestSupport {

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

	void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
	}

	@Test
	void aMemberAddsHerBabyWithAProofAndStaffAcceptIt() throws Exception {
		PeopleFixtures fixtures = new PeopleFixtures(applicationContext);
		LocalDate today = LocalDate.ofInstant(clock.instant(), fr.integrance.platform.FrenchDates.FRANCE);
		PersonId member = fixtures.person("Garnier", "Élodie", LocalDate.of(1990, 2, 3));
		PersonId partner = fixtures.person(Civility.M, "Garnier", "Hugo", LocalDate.of(1989, 7, 14),
				PeopleFixtures.randomNir(Civility.M, LocalDate.of(1989, 7, 14)));
		fixtures.activeContract(member, today.minusYears(2),
				List.of(new NewDependant(partner, DependantType.SPOUSE, today.minusYears(2))));
		Created account = accounts.member(member.value());
		Created staff = accounts.account(Role.STAFF);

		signIn(account);
		page.navigate(url("/iadherent"));
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Gérer ma famille (ajouter ou retirer un ayant droit)"))
			.click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Ma famille");
		assertThat(page.locator("table.beneficiaries").textContent()).contains("Hugo Garnier", "Conjoint(e)");
		check("member-family");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter un ayant droit")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Ajouter un ayant droit");
		check("member-family-add");

		// Sent empty: French errors next to the fields.
		click("Envoyer ma demande");
		assertThat(page.locator("#relationship-error").textContent())
			.contains("Choisissez le lien de cette personne avec vous.");
		assertThat(page.locator("#lastName-error").textContent()).contains("Saisissez le nom.");
		assertThat(page.locator("#proofchoice-error").textContent()).contains("Joignez un justificatif");
		check("member-family-add-errors");

		// Her daughter, born last month, with the birth certificate.
		LocalDate birth = today.minusMonths(1);
		page.getByLabel("Enfant", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Madame", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Garnier");
		page.getByLabel("Prénom", new Page.GetByLabelOptions().setExact(true)).fill("Rose");
		page.getByLabel("Date de naissance").fill(birth.toString());
		page.getByLabel("Régime obligatoire").selectOption("GENERAL");
		page.getByLabel("Couvert à partir du").fill(birth.toString());
		Path certificate = Files.createTempFile("acte", ".pdf");
		Files.write(certificate, TestFiles.pdf());
		Path named = Files.move(certificate,
				certificate.resolveSibling("acte-de-naissance-" + UUID.randomUUID() + ".pdf"));
		page.getByLabel("Ou un fichier").setInputFiles(named);
		click("Envoyer ma demande");
		assertThat(page.locator(".flash-success").textContent())
			.contains("Votre demande d’ajout d’un ayant droit est envoyée");
		String reference = page.url().substring(page.url().lastIndexOf('/') + 1);
		assertThat(reference).startsWith("DEM-");
		assertThat(page.content()).contains(named.getFileName().toString());
		check("member-family-sent");
		assertNoConsoleErrors();
		Files.deleteIfExists(named);

		// Staff take the case, read it with its proof and accept it.
		UUID caseId = applicationContext.getBean(JdbcTemplate.class)
			.queryForObject("SELECT id FROM request_case WHERE reference = ?", UUID.class, reference);
		signIn(staff);
		page.navigate(url("/gestion/demandes/" + caseId));
		assertThat(page.locator("h1").textContent()).contains(reference);
		assertThat(page.content()).contains("Rose", "Enfant", "Régime général", named.getFileName().toString());
		click("Prendre en charge");
		page.getByLabel("Réponse à l’adhérent").fill("Rose est couverte par votre contrat. Bienvenue à elle !");
		click("Accepter");
		assertThat(page.locator(".status").first().textContent()).isEqualTo("Acceptée");
		assertNoSeriousAccessibilityViolation();
		screenshot("member-family-staff-accepted");

		// The member finds her daughter in her home and the answer in the thread.
		signIn(account);
		page.navigate(url("/iadherent"));
		assertThat(page.locator("table.beneficiaries").textContent()).contains("Rose Garnier", "Enfant");
		check("member-family-home-after");
		page.navigate(url("/iadherent/demandes/" + reference));
		assertThat(page.locator(".thread").textContent())
			.contains("Rose est couverte par votre contrat. Bienvenue à elle !");
		check("member-family-thread-after");
	}

}
