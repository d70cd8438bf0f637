package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * Administration: an administrator creates staff and DPO accounts and organisations with
 * their first representative or agent, who is invited by e-mail; a guardian
 * organisation's administrator invites and removes its agents, and a removed agent is
 * refused at once.
 */
@IdentityIntegrationTest
class AdministrationTests {

	static final String CHOSEN = "Mon-Mot-De-Passe-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext context;

	Mailbox mailbox;

	@BeforeEach
	void setUp() {
		clock.advance(Duration.ofMinutes(1));
		mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context));
	}

	WebSession signedIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@test.integrance.fr";
	}

	/**
	 * Follows an invitation e-mail, chooses a password, and returns the password step's
	 * answer.
	 */
	MockHttpServletResponse acceptInvitation(String email) {
		String link = Mailbox.link(mailbox.awaitMessage(email, 1), "/invitation/");
		WebSession invitee = new WebSession(mvc);
		assertThat(invitee.get(link).getStatus()).isEqualTo(200);
		assertThat(invitee.post(link, "password", CHOSEN, "confirmation", CHOSEN).getRedirectedUrl())
			.isEqualTo("/connexion?compteActive");
		return new WebSession(mvc).post("/connexion", "identifiant", email, "motDePasse", CHOSEN);
	}

	@Test
	void adminCreatesAStaffAccountWhoseHolderIsInvitedThenMustEnrolTotp() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));
		String email = unique("gestionnaire");

		MockHttpServletResponse created = admin.post("/gestion/admin/comptes/nouveau", "role", "STAFF", "email", email,
				"displayName", "Nina Gestion");

		assertThat(created.getRedirectedUrl()).startsWith("/gestion/admin/comptes/");
		assertThat(admin.get(created.getRedirectedUrl()).getContentAsString()).contains("Nina Gestion")
			.contains("Invité (mot de passe non choisi)");
		assertThat(Mailbox.body(mailbox.awaitMessage(email, 1))).contains("Bonjour Nina Gestion")
			.contains("valable 7 jours");
		assertThat(acceptInvitation(email).getRedirectedUrl()).isEqualTo("/compte/double-authentification");
	}

	@Test
	void administratorAccountsCannotBeCreatedThroughTheForm() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));
		String email = unique("pirate");

		MockHttpServletResponse response = admin.post("/gestion/admin/comptes/nouveau", "role", "ADMIN", "email", email,
				"displayName", "Pirate");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#role-error").text())
			.contains("Choisissez gestionnaire ou DPO");
		assertThat(mailbox.messagesTo(email)).isEmpty();
	}

	@Test
	void invitationLinkWorksOnceAndEnforcesThePolicy() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));
		String email = unique("dpo");
		admin.post("/gestion/admin/comptes/nouveau", "role", "DPO", "email", email, "displayName", "Dana Dpo");
		String link = Mailbox.link(mailbox.awaitMessage(email, 1), "/invitation/");
		WebSession invitee = new WebSession(mvc);

		Document weak = Jsoup
			.parse(invitee.post(link, "password", "azerty", "confirmation", "azerty").getContentAsString());
		assertThat(weak.select("#password-error").text()).contains("ne respecte aucune des trois règles");
		assertThat(invitee.post(link, "password", CHOSEN, "confirmation", CHOSEN).getRedirectedUrl())
			.isEqualTo("/connexion?compteActive");

		assertThat(new WebSession(mvc).get(link).getContentAsString()).contains("Ce lien n’est plus valable");
	}

	@Test
	void adminCreatesAnEmployerWithItsFirstRepresentative() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));
		String email = unique("employeur");

		MockHttpServletResponse created = admin.post("/gestion/admin/organisations/nouvelle", "kind", "EMPLOYER",
				"name", "Menuiserie Leroy", "siren", "552 081 317", "siret", "", "email", email, "displayName",
				"Paul Leroy");

		assertThat(created.getRedirectedUrl()).startsWith("/gestion/admin/organisations/");
		assertThat(admin.get(created.getRedirectedUrl()).getContentAsString()).contains("Menuiserie Leroy")
			.contains("552081317")
			.contains("Paul Leroy");
		assertThat(acceptInvitation(email).getRedirectedUrl()).isEqualTo("/compte/double-authentification");
	}

	@Test
	void employerWithAnInvalidSirenIsRefusedWithTheReasonNextToTheField() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));

		MockHttpServletResponse response = admin.post("/gestion/admin/organisations/nouvelle", "kind", "EMPLOYER",
				"name", "Société Fictive", "siren", "123456789", "siret", "", "email", unique("x"), "displayName", "X");

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#siren-error").text()).contains("Ce SIREN n’est pas valide");
		assertThat(page.select(".field-error input#siren")).hasSize(1);
	}

	@Test
	void siretOfAnotherSirenIsRefused() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));

		Document page = Jsoup.parse(admin
			.post("/gestion/admin/organisations/nouvelle", "kind", "EMPLOYER", "name", "Société", "siren", "552081317",
					"siret", "73282932000009", "email", unique("x"), "displayName", "X")
			.getContentAsString());

		assertThat(page.select("#siret-error").text()).contains("ne commence pas par le SIREN");
	}

	@Test
	void firstAgentOfAGuardianServiceManagesItsAgents() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));
		String email = unique("mandataire");
		admin.post("/gestion/admin/organisations/nouvelle", "kind", "GUARDIAN_SERVICE", "name", "UDAF Test", "siren",
				"", "siret", "", "email", email, "displayName", "Lina Tutelle");

		String link = Mailbox.link(mailbox.awaitMessage(email, 1), "/invitation/");
		new WebSession(mvc).post(link, "password", CHOSEN, "confirmation", CHOSEN);
		WebSession agent = new WebSession(mvc);
		agent.post("/connexion", "identifiant", email, "motDePasse", CHOSEN);
		Document enrol = Jsoup.parse(agent.get("/compte/double-authentification").getContentAsString());
		String secret = enrol.select("#totp-secret").text().replace(" ", "");
		agent.post("/compte/double-authentification", "code", TestAccounts.totpCode(secret, clock.instant()));

		assertThat(agent.get("/itutelle/agents").getStatus()).isEqualTo(200);
	}

	@Test
	void adminInvitesAnEmployerRepresentativeAsTheOrganisationsAdministratorWhoManagesApiAccess() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));
		String organisationPage = admin
			.post("/gestion/admin/organisations/nouvelle", "kind", "EMPLOYER", "name", "Menuiserie Leroy", "siren",
					"552 081 317", "siret", "", "email", unique("employeur"), "displayName", "Paul Leroy")
			.getRedirectedUrl();
		Document form = Jsoup.parse(admin.get(organisationPage).getContentAsString());
		assertThat(form.select("label[for=organisationAdministrator1]").text()).isEqualTo(
				"Administrateur de l’entreprise dans iCollectif (crée et révoque les accès API du logiciel de paie)");

		String administrator = unique("paie");
		String representative = unique("rh");
		assertThat(admin
			.post(organisationPage + "/invitations", "email", administrator, "displayName", "Ada Paie",
					"organisationAdministrator", "true")
			.getRedirectedUrl()).isEqualTo(organisationPage);
		admin.post(organisationPage + "/invitations", "email", representative, "displayName", "Rémi RH");
		Document accountsList = Jsoup.parse(admin.get(organisationPage).getContentAsString());
		assertThat(accountsList.select("tr:contains(Ada Paie) td").eachText()).contains("Oui");
		assertThat(accountsList.select("tr:contains(Rémi RH) td").eachText()).contains("Non");

		assertThat(signedInInvitee(administrator).get("/icollectif/acces-api").getStatus()).isEqualTo(200);
		assertThat(signedInInvitee(representative).get("/icollectif/acces-api").getStatus()).isEqualTo(403);
	}

	/** Accepts the invitation, signs in and enrols the second factor. */
	WebSession signedInInvitee(String email) throws Exception {
		String link = Mailbox.link(mailbox.awaitMessage(email, 1), "/invitation/");
		new WebSession(mvc).post(link, "password", CHOSEN, "confirmation", CHOSEN);
		WebSession invitee = new WebSession(mvc);
		invitee.post("/connexion", "identifiant", email, "motDePasse", CHOSEN);
		Document enrol = Jsoup.parse(invitee.get("/compte/double-authentification").getContentAsString());
		String secret = enrol.select("#totp-secret").text().replace(" ", "");
		invitee.post("/compte/double-authentification", "code", TestAccounts.totpCode(secret, clock.instant()));
		return invitee;
	}

	@Test
	void adminDisablesAnAccountAndItsSessionsEnd() throws Exception {
		Created admin = accounts.account(Role.ADMIN);
		WebSession adminBrowser = signedIn(admin);
		Created staff = accounts.account(Role.STAFF);
		WebSession staffBrowser = signedIn(staff);
		assertThat(staffBrowser.get("/gestion").getStatus()).isEqualTo(200);

		MockHttpServletResponse disabled = adminBrowser.post("/gestion/admin/comptes/" + staff.id() + "/desactivation");

		assertThat(disabled.getRedirectedUrl()).isEqualTo("/gestion/admin/comptes/" + staff.id());
		assertThat(adminBrowser.get(disabled.getRedirectedUrl()).getContentAsString()).contains("Désactivé");
		assertThat(staffBrowser.get("/gestion").getRedirectedUrl()).endsWith("/connexion");
	}

	@Test
	void adminCannotDisableThemselves() throws Exception {
		Created admin = accounts.account(Role.ADMIN);
		WebSession browser = signedIn(admin);

		MockHttpServletResponse response = browser.post("/gestion/admin/comptes/" + admin.id() + "/desactivation");

		assertThat(browser.get(response.getRedirectedUrl()).getContentAsString())
			.contains("Vous ne pouvez pas désactiver votre propre compte");
		assertThat(browser.get("/gestion/admin").getStatus()).isEqualTo(200);
	}

	@Test
	void unknownAccountsAndOrganisationsAreNotFound() {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));

		assertThat(admin.get("/gestion/admin/comptes/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(admin.get("/gestion/admin/comptes/pas-un-uuid").getStatus()).isEqualTo(404);
		assertThat(admin.get("/gestion/admin/organisations/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(admin.post("/gestion/admin/comptes/" + UUID.randomUUID() + "/desactivation").getStatus())
			.isEqualTo(404);
	}

	@Test
	void emailAlreadyUsedIsRefused() throws Exception {
		WebSession admin = signedIn(accounts.account(Role.ADMIN));
		Created existing = accounts.account(Role.MEMBER);

		Document page = Jsoup.parse(
				admin
					.post("/gestion/admin/comptes/nouveau", "role", "STAFF", "email", existing.login().toUpperCase(),
							"displayName", "Doublon")
					.getContentAsString());

		assertThat(page.select("#email-error").text()).contains("déjà l’identifiant d’un compte");
	}

	@Test
	void guardianAdministratorInvitesAnAgentOfItsOwnOrganisation() throws Exception {
		Created manager = accounts.inNewOrganisation(Role.GUARDIAN_AGENT, true);
		WebSession browser = signedIn(manager);
		String email = unique("agent");

		MockHttpServletResponse invited = browser.post("/itutelle/agents/invitation", "email", email, "displayName",
				"Omar Agent");

		assertThat(invited.getRedirectedUrl()).startsWith("/itutelle/agents/");
		assertThat(browser.get("/itutelle/agents").getContentAsString()).contains("Omar Agent");
		assertThat(acceptInvitation(email).getRedirectedUrl()).isEqualTo("/compte/double-authentification");
	}

	@Test
	void removedAgentIsRefusedFromItsNextRequestOn() {
		Created manager = accounts.inNewOrganisation(Role.GUARDIAN_AGENT, true);
		Created agent = accounts.account(Role.GUARDIAN_AGENT, manager.organisationId(), false);
		WebSession managerBrowser = signedIn(manager);
		WebSession agentBrowser = signedIn(agent);
		assertThat(agentBrowser.get("/itutelle").getStatus()).isEqualTo(200);

		MockHttpServletResponse removed = managerBrowser.post("/itutelle/agents/" + agent.id() + "/retrait");

		assertThat(removed.getRedirectedUrl()).isEqualTo("/itutelle/agents");
		assertThat(agentBrowser.get("/itutelle").getRedirectedUrl()).endsWith("/connexion");
		assertThat(new WebSession(mvc)
			.post("/connexion", "identifiant", agent.login(), "motDePasse", TestAccounts.PASSWORD)
			.getRedirectedUrl()).isEqualTo("/connexion?erreur");
	}

	@Test
	void agentOfAnotherOrganisationIsAsUnknownAsARandomId() {
		Created manager = accounts.inNewOrganisation(Role.GUARDIAN_AGENT, true);
		Created foreign = accounts.inNewOrganisation(Role.GUARDIAN_AGENT, false);
		WebSession browser = signedIn(manager);

		assertThat(browser.get("/itutelle/agents/" + foreign.id()).getStatus()).isEqualTo(404);
		assertThat(browser.get("/itutelle/agents/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(browser.post("/itutelle/agents/" + foreign.id() + "/retrait").getStatus()).isEqualTo(404);
		assertThat(browser.post("/itutelle/agents/" + UUID.randomUUID() + "/retrait").getStatus()).isEqualTo(404);
		assertThat(accounts.reload(foreign.id()).active()).isTrue();
	}

	@Test
	void agentWhoDoesNotAdministerCannotManageAgents() {
		Created manager = accounts.inNewOrganisation(Role.GUARDIAN_AGENT, true);
		Created agent = accounts.account(Role.GUARDIAN_AGENT, manager.organisationId(), false);
		WebSession browser = signedIn(agent);

		assertThat(browser.get("/itutelle/agents").getStatus()).isEqualTo(403);
		assertThat(browser.post("/itutelle/agents/" + manager.id() + "/retrait").getStatus()).isEqualTo(403);
		assertThat(accounts.reload(manager.id()).active()).isTrue();
	}

}
