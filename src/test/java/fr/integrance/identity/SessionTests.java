package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * Sessions (RULES.md §4): in the database, a new id at login, invalidated at logout, 30
 * minutes idle and 12 hours absolute measured with the clock, secure cookie flags, a page
 * listing one's sessions where the others can be ended, and a password change or a
 * disabled account ending them.
 */
@IdentityIntegrationTest
class SessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement administration;

	@BeforeEach
	void freshStep() {
		clock.advance(Duration.ofMinutes(1));
	}

	WebSession signedIn(Created account) {
		return accounts.signIn(new WebSession(mvc), account);
	}

	@Test
	void sessionIdChangesAtLogin() {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = new WebSession(mvc);
		browser.get("/connexion");
		String before = browser.sessionCookie();
		assertThat(before).isNotNull();

		browser.post("/connexion", "identifiant", member.login(), "motDePasse", TestAccounts.PASSWORD);

		assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/iadherent").getStatus()).isEqualTo(200);
		WebSession fixated = new WebSession(mvc);
		fixated.useSessionCookie(before);
		assertThat(fixated.get("/iadherent").getRedirectedUrl()).endsWith("/connexion");
	}

	@Test
	void sessionIdChangesAgainAfterTheSecondFactor() {
		Created staff = accounts.account(Role.STAFF);
		WebSession browser = new WebSession(mvc);
		browser.post("/connexion", "identifiant", staff.login(), "motDePasse", TestAccounts.PASSWORD);
		String afterPassword = browser.sessionCookie();

		browser.post("/connexion/code", "code", accounts.currentCode());

		assertThat(browser.sessionCookie()).isNotEqualTo(afterPassword);
		WebSession halfWay = new WebSession(mvc);
		halfWay.useSessionCookie(afterPassword);
		assertThat(halfWay.get("/gestion").getRedirectedUrl()).endsWith("/connexion");
	}

	@Test
	void oldCookieRefusedAfterLogout() {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = signedIn(member);
		String cookie = browser.sessionCookie();

		MockHttpServletResponse logout = browser.post("/deconnexion");

		assertThat(logout.getRedirectedUrl()).isEqualTo("/connexion?deconnexion");
		WebSession replay = new WebSession(mvc);
		replay.useSessionCookie(cookie);
		assertThat(replay.get("/iadherent").getRedirectedUrl()).endsWith("/connexion");
		assertThat(sessionsInDatabase(member)).isZero();
	}

	@Test
	void idleSessionExpiresAfterThirtyMinutesOfTheClock() {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = signedIn(member);

		clock.advance(Duration.ofMinutes(29));
		assertThat(browser.get("/iadherent").getStatus()).isEqualTo(200);
		// Activity restarts the idle period.
		clock.advance(Duration.ofMinutes(29));
		assertThat(browser.get("/iadherent").getStatus()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(30));
		MockHttpServletResponse expired = browser.get("/iadherent");

		assertThat(expired.getRedirectedUrl()).endsWith("/connexion?expiree");
		assertThat(sessionsInDatabase(member)).isZero();
	}

	@Test
	void activeSessionEndsTwelveHoursAfterLogin() {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = signedIn(member);

		for (int i = 0; i < 35; i++) {
			clock.advance(Duration.ofMinutes(20));
			assertThat(browser.get("/iadherent").getStatus()).as("after %d minutes", 20 * (i + 1)).isEqualTo(200);
		}
		clock.advance(Duration.ofMinutes(20));

		assertThat(browser.get("/iadherent").getRedirectedUrl()).endsWith("/connexion?expiree");
	}

	@Test
	void sessionCookieIsHttpOnlySameSiteLaxAndSecure() {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = new WebSession(mvc);

		MockHttpServletResponse login = browser.post("/connexion", "identifiant", member.login(), "motDePasse",
				TestAccounts.PASSWORD);

		String setCookie = login.getHeaders("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith(WebSession.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Secure").contains("Path=/");
	}

	@Test
	void sessionIsStoredInTheDatabaseUnderTheAccountIdNeverTheEmail() {
		Created member = accounts.account(Role.MEMBER);
		signedIn(member);

		assertThat(sessionsInDatabase(member)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				member.login()))
			.isZero();
	}

	@Test
	void sessionsPageListsMySessionsAndEndsTheOthers() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession laptop = signedIn(member);
		WebSession phone = signedIn(member);

		Document page = Jsoup.parse(laptop.get("/compte/sessions").getContentAsString());
		assertThat(page.select("tbody tr")).hasSize(2);
		assertThat(page.text()).contains("Cette session").contains("Autre appareil");
		assertThat(page.select("tbody tr").first().select("td").get(1).text())
			.matches("\\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2}");
		assertThat(page.html()).doesNotContain(laptop.sessionCookie()).doesNotContain(phone.sessionCookie());

		MockHttpServletResponse end = laptop.post("/compte/sessions/fin-des-autres");

		assertThat(end.getRedirectedUrl()).isEqualTo("/compte/sessions");
		assertThat(phone.get("/iadherent").getRedirectedUrl()).endsWith("/connexion");
		assertThat(laptop.get("/iadherent").getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(laptop.get("/compte/sessions").getContentAsString()).select("tbody tr")).hasSize(1);
	}

	@Test
	void oneOtherSessionCanBeEndedByItsReference() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession laptop = signedIn(member);
		WebSession phone = signedIn(member);
		List<String> actions = Jsoup.parse(laptop.get("/compte/sessions").getContentAsString())
			.select("form[action$=/fin]")
			.eachAttr("action");
		assertThat(actions).hasSize(1);

		assertThat(laptop.post(actions.get(0)).getRedirectedUrl()).isEqualTo("/compte/sessions");

		assertThat(phone.get("/iadherent").getRedirectedUrl()).endsWith("/connexion");
	}

	@Test
	void sessionOfAnotherAccountOrRandomReferenceIsNotFound() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		Created other = accounts.account(Role.MEMBER);
		WebSession mine = signedIn(member);
		WebSession theirs = signedIn(other);
		signedIn(other);
		String theirAction = Jsoup.parse(theirs.get("/compte/sessions").getContentAsString())
			.select("form[action$=/fin]")
			.attr("action");

		assertThat(mine.post(theirAction).getStatus()).isEqualTo(404);
		assertThat(mine.post("/compte/sessions/0123456789abcdef0123456789abcdef/fin").getStatus()).isEqualTo(404);
		assertThat(theirs.get("/iadherent").getStatus()).isEqualTo(200);
	}

	@Test
	void passwordChangeEndsTheOtherSessionsAndSendsAnEmail() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession laptop = signedIn(member);
		WebSession phone = signedIn(member);
		String laptopBefore = laptop.sessionCookie();

		MockHttpServletResponse change = laptop.post("/compte/mot-de-passe", "currentPassword", TestAccounts.PASSWORD,
				"password", "Un-Nouveau-Secret-2026", "confirmation", "Un-Nouveau-Secret-2026");

		assertThat(change.getRedirectedUrl()).isEqualTo("/compte/securite");
		assertThat(phone.get("/iadherent").getRedirectedUrl()).endsWith("/connexion");
		assertThat(laptop.get("/iadherent").getStatus()).isEqualTo(200);
		assertThat(laptop.sessionCookie()).isNotEqualTo(laptopBefore);
		assertThat(Mailbox
			.body(new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context)).awaitMessage(member.login(), 1)))
			.contains("Le mot de passe de votre compte vient d’être défini ou modifié");
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() {
		Created member = accounts.account(Role.MEMBER);
		Created admin = accounts.account(Role.ADMIN);
		WebSession browser = signedIn(member);

		administration.disable(member.id(), admin.id());

		assertThat(browser.get("/iadherent").getRedirectedUrl()).endsWith("/connexion");
		assertThat(sessionsInDatabase(member)).isZero();
	}

	@Test
	void accountDisabledBehindTheSessionStoreIsRefusedAtItsNextRequest() {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = signedIn(member);

		// As on a node that missed the deletion of the sessions: only the account row
		// changed.
		accounts.disable(member.id());

		assertThat(browser.get("/iadherent").getRedirectedUrl()).endsWith("/connexion?expiree");
	}

	private int sessionsInDatabase(Created account) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				account.id().toString());
	}

}
