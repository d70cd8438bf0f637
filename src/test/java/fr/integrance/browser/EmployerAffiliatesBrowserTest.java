package fr.integrance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;

/**
 * An employer representative enrols an employee with a dependant (a wrong NIR first,
 * refused beside the field), then terminates them by mutual agreement and reads the
 * portability computed — each page checked with axe, at desktop width and at 320 px (no
 * horizontal scroll), and photographed; and imports a CSV file with two bad lines, reads
 * the errors in the preview, applies the good line and reads the result.
 */
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class EmployerAffiliatesBrowserTest extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	GroupContracts groupContracts;

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

	static String nir(String first13) {
		return first13 + String.format("%02d", 97 - Long.parseLong(first13) % 97);
	}

	/** A new employer with a group contract, its representative signed in. */
	void signInAsANewEmployer() {
		OrganisationId organisation = accounts.organisation(OrganisationKind.EMPLOYER);
		groupContracts.create(new NewGroupContract(organisation.value(), List.of("essentielle", "confort"),
				List.of("cadres", "non-cadres"), LocalDate.of(2020, 1, 1)));
		Created representative = accounts.account(Role.EMPLOYER_REPRESENTATIVE, organisation, false);
		clock.advance(Duration.ofSeconds(30));
		page.navigate(url("/connexion"));
		page.getByLabel("Adresse électronique").fill(representative.login());
		page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.getByLabel("Code à 6 chiffres ou code de secours")
			.fill(TestAccounts.totpCode(TestAccounts.TOTP_SECRET, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
		page.waitForURL("**/icollectif");
	}

	@Test
	void importAFileWithTwoBadLinesAndReadTheErrors() throws Exception {
		signInAsANewEmployer();
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Importer un fichier"))
			.click();
		page.waitForURL("**/icollectif/import");
		assertThat(page.locator("h1").textContent()).isEqualTo("Importer des mouvements");
		check("employer-import");

		String header = "mouvement;categorie;formule;date_debut;civilite;nom;prenoms;date_naissance;nir;adresse;"
				+ "code_postal;ville";
		String good = "INSCRIPTION;cadres;confort;01/01/2026;MME;Garnier;Inès;21/08/1990;" + nir("2900869123" + "457")
				+ ";8 quai Saint-Vincent;69001;Lyon";
		String badDate = "INSCRIPTION;cadres;confort;01/01/2026;M;Roux;Paul;31/02/1988;" + nir("1880269123" + "458")
				+ ";1 rue Neuve;69002;Lyon";
		String badMovement = "EMBAUCHE;cadres;confort;01/01/2026;M;Blanc;Luc;03/03/1979;" + nir("1790369123" + "459")
				+ ";2 rue Neuve;69002;Lyon";
		Path file = Files.createTempFile("mouvements", ".csv");
		Files.writeString(file, header + "\r\n" + good + "\r\n" + badDate + "\r\n" + badMovement + "\r\n");
		page.setInputFiles("#file", file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir l’aperçu")).click();

		assertThat(page.locator("h1").textContent()).isEqualTo("Aperçu de l’import");
		assertThat(page.locator("main").textContent()).contains("3 lignes lues : 1 valides, 2 avec des erreurs");
		assertThat(page.locator("table tbody tr").allTextContents()).hasSize(2);
		assertThat(page.locator("table tbody tr").nth(0).textContent()).contains("3", "date_naissance",
				"La date n’est pas valide (jj/mm/aaaa).");
		assertThat(page.locator("table tbody tr").nth(1).textContent()).contains("4", "mouvement",
				"Le mouvement est INSCRIPTION, RADIATION ou MODIFICATION.");
		check("employer-import-preview");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appliquer les 1 lignes valides")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Résultat de l’import");
		assertThat(page.locator("main").textContent())
			.contains("1 mouvements appliqués, 0 déjà appliqués auparavant, 2 lignes refusées");
		assertThat(page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Télécharger le fichier des lignes refusées (CSV)"))
			.count()).isEqualTo(1);
		check("employer-import-result");

		page.navigate(url("/icollectif/salaries"));
		assertThat(page.locator("table tbody tr").count()).isEqualTo(1);
		assertNoConsoleErrors();
	}

	@Test
	void enrolAnEmployeeWithADependantThenTerminateWithPortability() throws Exception {
		signInAsANewEmployer();

		assertThat(page.locator("main").textContent()).contains("Vos contrats collectifs", "cadres, non-cadres");
		check("employer-home");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Affilier un salarié")).first().click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Affilier un nouveau salarié");
		page.locator("#f-category").selectOption("non-cadres");
		page.locator("#f-planCode").selectOption("confort");
		page.locator("#f-startDate").fill("2026-01-01");
		page.locator("#f-employmentStart").fill("2025-11-03");
		page.locator("#f-civility").selectOption("MME");
		page.locator("#f-lastName").fill("Lefèvre-Navarro");
		page.locator("#f-firstNames").fill("Émilie");
		page.locator("#f-birthName").fill("Navarro");
		page.locator("#f-birthDate").fill("1990-08-21");
		// A man's number (first digit 1) for a woman: refused beside the field.
		page.locator("#f-nir").fill(nir("1900869123" + "456"));
		page.locator("#f-address\\.line1").fill("8 quai Saint-Vincent");
		page.locator("#f-address\\.postalCode").fill("69001");
		page.locator("#f-address\\.city").fill("Lyon");
		page.locator("#f-familySituation").selectOption("CIVIL_PARTNERSHIP");
		page.locator("#f-scheme").selectOption("GENERAL");
		page.locator("#f-schemeFund").fill("CPAM du Rhône");
		page.locator("#f-d0-type").selectOption("CHILD");
		page.locator("#f-d0-civility").selectOption("M");
		page.locator("#f-d0-lastName").fill("Lefèvre-Navarro");
		page.locator("#f-d0-firstNames").fill("Hugo");
		page.locator("#f-d0-birthDate").fill("2019-02-11");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Affilier le salarié")).click();

		assertThat(page.locator("#f-nir-error").textContent()).contains("ne correspond pas à la civilité");
		check("employer-enrol-error");

		page.locator("#f-nir").fill(nir("2900869123" + "456"));
		Path attestation = Files.createTempFile("attestation-vitale", ".pdf");
		Files.write(attestation, fr.integrance.requests.TestFiles.pdf());
		page.setInputFiles("#f-carteVitale", attestation);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Affilier le salarié")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Émilie Lefèvre-Navarro");
		assertThat(page.locator("main").textContent()).contains("Le salarié est affilié.", "Hugo Lefèvre-Navarro",
				"Enfant", "2 90 08 ** *** ***", "Attestation de carte Vitale, transmise le");
		check("employer-affiliate");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Radier")).click();
		page.locator("#f-lastDay").fill("2026-03-15");
		page.locator("#f-reason").selectOption("CONVENTIONAL_TERMINATION");
		check("employer-terminate");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Radier le salarié")).click();
		assertThat(page.locator("main").textContent()).contains("Portabilité de 5 mois", "du 16/03/2026 au 15/08/2026",
				"En portabilité");
		check("employer-terminated-portability");

		page.navigate(url("/icollectif/salaries?etat=PORTABILITY"));
		assertThat(page.locator("table tbody tr").count()).isEqualTo(1);
		check("employer-affiliates");
		assertNoConsoleErrors();
	}

}
