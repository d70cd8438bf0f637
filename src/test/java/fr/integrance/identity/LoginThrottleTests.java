package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * Issue 11, item 5: an attacker who knows a login cannot keep its owner out. Failures
 * count per source and per account and source: the attacker's address is slowed then
 * locked, the owner signs in from elsewhere with the right password (and code); the owner
 * gets one alert mail whose single-use link clears the account's throttles.
 */
@IdentityIntegrationTest
class LoginThrottleTests {

	static final String WRONG = "Wrong-Password-000";

	static final String FAILURE = "/connexion?erreur";

	static final String ATTACKER = "10.66.0.1";

	static final String OWNER = "192.0.2.10";

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
	void freshStep() {
		clock.advance(Duration.ofHours(2));
		mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context));
	}

	String attempt(String source, Created account, String password) {
		return new WebSession(mvc).from(source)
			.post("/connexion", "identifiant", account.login(), "motDePasse", password)
			.getRedirectedUrl();
	}

	/** Fifty wrong passwords from one source, two seconds apart. */
	void attack(Created account) {
		for (int i = 0; i < 50; i++) {
			assertThat(attempt(ATTACKER, account, WRONG)).isEqualTo(FAILURE);
			clock.advance(Duration.ofSeconds(2));
		}
	}

	@Test
	void fiftyWrongPasswordsFromOneSourceDoNotKeepTheOwnerOut() {
		Created member = accounts.account(Role.MEMBER);

		attack(member);

		assertThat(attempt(OWNER, member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
		// The attacker's source is refused even the right password, for this account and
		// for any other.
		assertThat(attempt(ATTACKER, member, TestAccounts.PASSWORD)).isEqualTo(FAILURE);
		Created other = accounts.account(Role.MEMBER);
		assertThat(attempt(ATTACKER, other, TestAccounts.PASSWORD)).isEqualTo(FAILURE);
		assertThat(attempt(OWNER, other, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
	}

	@Test
	void staffOwnerSignsInWithPasswordAndCodeFromAnotherSource() {
		Created staff = accounts.account(Role.STAFF);

		attack(staff);

		WebSession owner = new WebSession(mvc).from(OWNER);
		assertThat(owner.post("/connexion", "identifiant", staff.login(), "motDePasse", TestAccounts.PASSWORD)
			.getRedirectedUrl()).isEqualTo("/connexion/code");
		assertThat(owner.post("/connexion/code", "code", accounts.currentCode()).getRedirectedUrl())
			.isEqualTo("/gestion");
	}

	@Test
	void throttledSourceRecoversAfterTheWindow() {
		Created member = accounts.account(Role.MEMBER);
		attack(member);

		clock.advance(Duration.ofMinutes(16));

		assertThat(attempt(ATTACKER, member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
	}

	@Test
	void ownerIsAlertedOnceWithALinkThatClearsTheThrottlesOnce() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		attack(member);
		// The owner's own source locked too (ten wrong passwords, a minute apart).
		for (int i = 0; i < 10; i++) {
			assertThat(attempt(OWNER, member, WRONG)).isEqualTo(FAILURE);
			clock.advance(Duration.ofSeconds(65));
		}
		assertThat(attempt(OWNER, member, TestAccounts.PASSWORD)).isEqualTo(FAILURE);
		attack(member);

		MimeMessage alert = mailbox.awaitMessage(member.login(), 1);
		assertThat(alert.getSubject()).isEqualTo("Tentatives de connexion sur votre compte");
		assertThat(mailbox.messagesTo(member.login())).hasSize(1);
		String link = Mailbox.link(alert, "/connexion/deverrouillage/");

		// Following the link changes nothing: it shows a button.
		WebSession owner = new WebSession(mvc).from(OWNER);
		MockHttpServletResponse page = owner.get(link);
		assertThat(page.getStatus()).isEqualTo(200);
		Document document = Jsoup.parse(page.getContentAsString());
		assertThat(document.select("h1").text()).isEqualTo("Débloquer votre compte");
		assertThat(attempt(OWNER, member, TestAccounts.PASSWORD)).isEqualTo(FAILURE);

		// Without its CSRF token, the post is refused; with the page's token, it unlocks.
		assertThat(owner.postWithoutCsrf(link).getStatus()).isEqualTo(403);
		String token = document.select("form input[name=_csrf]").attr("value");
		MockHttpServletResponse unlocked = owner.perform(MockMvcRequestBuilders.post(link).param("_csrf", token));
		assertThat(unlocked.getRedirectedUrl()).isEqualTo("/connexion?deverrouille");
		assertThat(attempt(OWNER, member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");

		// Single use: the link is refused afterwards, in French.
		assertThat(Jsoup.parse(owner.get(link).getContentAsString()).select("h1").text())
			.isEqualTo("Ce lien n’est plus valable");
		assertThat(owner.post(link).getContentAsString()).contains("Ce lien n’est plus valable");
	}

	@Test
	void unlockLinkExpires() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		attack(member);
		String link = Mailbox.link(mailbox.awaitMessage(member.login(), 1), "/connexion/deverrouillage/");

		clock.advance(Duration.ofHours(25));

		WebSession browser = new WebSession(mvc).from(OWNER);
		assertThat(Jsoup.parse(browser.get(link).getContentAsString()).select("h1").text())
			.isEqualTo("Ce lien n’est plus valable");
		assertThat(browser.post(link).getContentAsString()).contains("Ce lien n’est plus valable");
	}

	@Test
	void aNewAlertOnlyAfterTheInterval() {
		Created member = accounts.account(Role.MEMBER);
		attack(member);
		clock.advance(Duration.ofMinutes(20));
		attack(member);
		assertThat(mailbox.messagesTo(member.login())).hasSize(1);

		clock.advance(Duration.ofMinutes(45));
		attack(member);
		mailbox.awaitMessage(member.login(), 2);
	}

}
