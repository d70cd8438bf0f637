package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.audit.AuditActor;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.People;
import fr.integrance.people.PersonFiles;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The « my data » page over MockMvc: the member's own data grouped by register purpose,
 * the staff's openings of their file by role (never a name), their consents with a
 * withdrawal that answers 404 for a purpose they did not give, and a link per right;
 * nothing of another member.
 */
@IdentityIntegrationTest
class MemberDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	People people;

	@Autowired
	PersonFiles files;

	@Autowired
	ConsentManagement consents;

	PersonId camille;

	Created camilleAccount;

	PersonId lucas;

	String lucasEmail;

	@BeforeEach
	void members() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		PeopleFixtures fixtures = new PeopleFixtures(context);
		camille = fixtures.person("Martinez", "Camille", LocalDate.of(1986, 9, 12));
		people.changeContact(camille, EmailAddress.of("camille-" + UUID.randomUUID() + "@example.fr"), null);
		camilleAccount = accounts.member(camille.value());
		lucas = fixtures.person("Bernardin", "Lucas", LocalDate.of(1992, 3, 14));
		lucasEmail = "lucas-" + UUID.randomUUID() + "@example.fr";
		people.changeContact(lucas, EmailAddress.of(lucasEmail), null);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	WebSession signedIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static Document page(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theMemberSeesTheirOwnDataGroupedByPurpose() throws IOException {
		Document page = page(signedIn(camilleAccount).get("/iadherent/mes-donnees"));

		assertThat(page.select("h1").text()).isEqualTo("Mes données");
		assertThat(page.select("article.purpose h3").eachText())
			.contains("Traitement des demandes de modification des données de l’adhérent");
		assertThat(page.select("article.purpose a[href=#category-identification]")).isNotEmpty();
		assertThat(page.select("details#category-identification").text()).contains("Martinez", "Camille");
		assertThat(page.text()).doesNotContain("Bernardin", lucasEmail);
	}

	@Test
	void theMemberSeesWhoReceivedTheirDataAndNobodyElsesDisclosures() throws IOException {
		Document before = page(signedIn(camilleAccount).get("/iadherent/mes-donnees"));
		assertThat(before.select("#disclosures-heading ~ .empty-state").text())
			.isEqualTo("Vos données n’ont été communiquées à aucun destinataire.");

		fr.integrance.disclosure.Disclosures disclosures = context.getBean(fr.integrance.disclosure.Disclosures.class);
		disclosures
			.disclose(new fr.integrance.disclosure.DisclosureOrder("legal-authorities", "iadherent-member-changes",
					"contract", List.of(new fr.integrance.disclosure.FieldRef("people", "identification", "lastName")),
					List.of(fr.integrance.privacy.DataSubjectRef.person(camille.value())), UUID.randomUUID(),
					"PV-77/2026", null, null));
		disclosures.disclose(new fr.integrance.disclosure.DisclosureOrder("reinsurers", "iadherent-member-changes",
				"contract", List.of(new fr.integrance.disclosure.FieldRef("people", "identification", "lastName")),
				List.of(fr.integrance.privacy.DataSubjectRef.person(lucas.value())), UUID.randomUUID(), null, null,
				null));

		Document page = page(signedIn(camilleAccount).get("/iadherent/mes-donnees"));
		assertThat(page.select("table.disclosures tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains("10/03/2026", "Autorités légales ou réglementaires",
					"réquisition n° PV-77/2026", "Données d’identification"));
		assertThat(page.select("table.disclosures").text()).doesNotContain("Réassureurs");
	}

	@Test
	void staffOpeningsAreListedByRoleAndPurposeNeverByName() throws IOException {
		Created staff = accounts.account(Role.STAFF);
		files.open(camille, AuditActor.account(staff.id().value()));
		files.open(lucas, AuditActor.account(staff.id().value()));

		Document page = page(signedIn(camilleAccount).get("/iadherent/mes-donnees"));

		assertThat(page.select("table.openings tbody tr")).hasSize(1);
		assertThat(page.select("table.openings tbody tr").text()).contains("Un gestionnaire de la mutuelle",
				"Consultation du dossier", "10/03/2026");
		assertThat(page.html()).doesNotContain(staff.login()).doesNotContain(staff.id().value().toString());
	}

	@Test
	void theMembersOwnChangesAreNotOpenings() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		browser.post("/iadherent/coordonnees/telephone", "phone", "0612345678");

		Document page = page(browser.get("/iadherent/mes-donnees"));

		assertThat(page.select("table.openings")).isEmpty();
		assertThat(page.text()).contains("Personne d’autre que vous n’a ouvert votre dossier.");
	}

	@Test
	void aConsentInForceIsWithdrawnOnceAndOtherPurposesAre404() throws IOException {
		consents.record(DataSubjectRef.person(camille.toString()),
				Map.of(ConsentPurposes.MEMBER_ACCOUNT_CREATION, Decision.GIVEN), ConsentMethod.FORM,
				RequestOrigin.NONE);
		consents.record(DataSubjectRef.person(lucas.toString()), Map.of(ConsentPurposes.MARKETING, Decision.GIVEN),
				ConsentMethod.FORM, RequestOrigin.NONE);
		WebSession browser = signedIn(camilleAccount);
		Document page = page(browser.get("/iadherent/mes-donnees"));
		assertThat(page.select(".consent-list li").text()).contains("Création du compte de connexion", "Donné");
		String action = "/iadherent/mes-donnees/consentements/" + ConsentPurposes.MEMBER_ACCOUNT_CREATION + "/retrait";
		assertThat(page.select("form[action=" + action + "]")).hasSize(1);

		assertThat(browser.post(action).getRedirectedUrl()).startsWith("/iadherent/mes-donnees");
		assertThat(consents.currentState(DataSubjectRef.person(camille.toString()))
			.get(ConsentPurposes.MEMBER_ACCOUNT_CREATION)
			.decision()).isEqualTo(Decision.WITHDRAWN);
		Document after = page(browser.get("/iadherent/mes-donnees"));
		assertThat(after.select(".consent-list li").text()).contains("Retiré");
		assertThat(after.select("form[action=" + action + "]")).isEmpty();

		assertThat(browser.post(action).getStatus()).isEqualTo(404);
		// Lucas's marketing consent is not Camille's to withdraw; a random purpose
		// neither.
		assertThat(browser.post("/iadherent/mes-donnees/consentements/" + ConsentPurposes.MARKETING + "/retrait")
			.getStatus()).isEqualTo(404);
		assertThat(browser.post("/iadherent/mes-donnees/consentements/" + UUID.randomUUID() + "/retrait").getStatus())
			.isEqualTo(404);
		assertThat(consents.currentState(DataSubjectRef.person(lucas.toString()))
			.get(ConsentPurposes.MARKETING)
			.decision()).isEqualTo(Decision.GIVEN);
	}

	@Test
	void eachRightLinksToTheRightsPageOfTheSpace() throws IOException {
		Document page = page(signedIn(camilleAccount).get("/iadherent/mes-donnees"));

		assertThat(page.select(".rights-list a").eachAttr("href")).contains("/iadherent/mes-droits?droit=access",
				"/iadherent/mes-droits?droit=rectification", "/iadherent/mes-droits?droit=erasure");
	}

	@Test
	void anAccountWithoutAPersonGets404() {
		WebSession browser = signedIn(accounts.account(Role.MEMBER));

		assertThat(browser.get("/iadherent/mes-donnees").getStatus()).isEqualTo(404);
	}

}
