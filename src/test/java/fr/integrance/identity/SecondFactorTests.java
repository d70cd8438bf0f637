package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.organisations.OrganisationKind;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * TOTP second factor: mandatory enrolment for staff and organisation accounts (nothing
 * else is reachable before), optional for members, recovery codes usable once, codes
 * never replayed.
 */
@IdentityIntegrationTest
class SecondFactorTests {

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

	@BeforeEach
	void freshStep() {
		clock.advance(Duration.ofMinutes(1));
	}

	/**
	 * Enrols through the pages; returns the secret read from the page and the recovery
	 * codes shown.
	 */
	record Enrolment(String secret, List<String> recoveryCodes, MockHttpServletResponse codesPage) {
	}

	Enrolment enrol(WebSession browser) throws Exception {
		Document page = Jsoup.parse(browser.get("/compte/double-authentification").getContentAsString());
		String secret = page.select("#totp-secret").text().replace(" ", "");
		MockHttpServletResponse done = browser.post("/compte/double-authentification", "code",
				TestAccounts.totpCode(secret, clock.instant()));
		assertThat(done.getRedirectedUrl()).isEqualTo("/compte/double-authentification/codes-de-secours");
		MockHttpServletResponse codesPage = browser.get(done.getRedirectedUrl());
		List<String> codes = Jsoup.parse(codesPage.getContentAsString()).select(".recovery-codes li").eachText();
		return new Enrolment(secret, codes, codesPage);
	}

	MockHttpServletResponse password(WebSession browser, Created account) {
		return browser.post("/connexion", "identifiant", account.login(), "motDePasse", TestAccounts.PASSWORD);
	}

	@Test
	void staffWithoutSecondFactorIsSentToEnrolmentAndReachesNothingElse() {
		Created staff = accounts.account(Role.STAFF, null, false, false);
		WebSession browser = new WebSession(mvc);

		assertThat(password(browser, staff).getRedirectedUrl()).isEqualTo("/compte/double-authentification");

		assertThat(browser.get("/gestion").getRedirectedUrl()).isEqualTo("/compte/double-authentification");
		assertThat(browser.get("/compte/sessions").getRedirectedUrl()).isEqualTo("/compte/double-authentification");
		assertThat(browser.get("/compte/securite").getRedirectedUrl()).isEqualTo("/compte/double-authentification");
		assertThat(browser.get("/connexion/code").getRedirectedUrl()).isEqualTo("/compte/double-authentification");
		assertThat(browser.get("/compte/double-authentification").getStatus()).isEqualTo(200);
	}

	@Test
	void enrolmentWithACodeFromTheAppCompletesTheLogin() throws Exception {
		Created agent = accounts.account(Role.GUARDIAN_AGENT, accounts.organisation(OrganisationKind.GUARDIAN_SERVICE),
				false, false);
		WebSession browser = new WebSession(mvc);
		password(browser, agent);
		String beforeEnrolment = browser.sessionCookie();

		Document page = Jsoup.parse(browser.get("/compte/double-authentification").getContentAsString());
		assertThat(page.select("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(page.select("img.qr-code").attr("alt")).contains("Code QR");
		assertThat(page.select("script:not([src])")).isEmpty();
		Enrolment enrolment = enrol(browser);

		assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
		assertThat(enrolment.recoveryCodes()).hasSize(10)
			.allMatch(code -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
		assertThat(browser.sessionCookie()).isNotEqualTo(beforeEnrolment);
		assertThat(browser.get("/itutelle").getStatus()).isEqualTo(200);
		assertThat(accounts.reload(agent.id()).secondFactorEnrolled()).isTrue();
		assertThat(Mailbox
			.body(new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context)).awaitMessage(agent.login(), 1)))
			.contains("La double authentification vient d’être activée");
		// Shown once: reloading the page does not show them again.
		assertThat(browser.get("/compte/double-authentification/codes-de-secours").getRedirectedUrl())
			.isEqualTo("/compte/securite");
	}

	@Test
	void enrolmentWithAWrongCodeShowsTheErrorAndKeepsTheSecret() throws Exception {
		Created staff = accounts.account(Role.STAFF, null, false, false);
		WebSession browser = new WebSession(mvc);
		password(browser, staff);
		String secret = Jsoup.parse(browser.get("/compte/double-authentification").getContentAsString())
			.select("#totp-secret")
			.text();

		MockHttpServletResponse wrong = browser.post("/compte/double-authentification", "code", "000000");

		Document page = Jsoup.parse(wrong.getContentAsString());
		assertThat(page.select("#code-error").text()).contains("Ce code ne correspond pas");
		assertThat(page.select("#totp-secret").text()).isEqualTo(secret);
		assertThat(accounts.reload(staff.id()).secondFactorEnrolled()).isFalse();
	}

	@Test
	void theSameCodeIsRefusedASecondTime() throws Exception {
		Created dpo = accounts.account(Role.DPO);
		String code = accounts.currentCode();
		WebSession first = new WebSession(mvc);
		password(first, dpo);
		assertThat(first.post("/connexion/code", "code", code).getRedirectedUrl()).isEqualTo("/dpo");

		WebSession second = new WebSession(mvc);
		password(second, dpo);
		MockHttpServletResponse replay = second.post("/connexion/code", "code", code);

		assertThat(replay.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(replay.getContentAsString()).select("#code-error").text())
			.contains("un code ne sert qu’une fois");
		clock.advance(Duration.ofSeconds(30));
		assertThat(second.post("/connexion/code", "code", accounts.currentCode()).getRedirectedUrl()).isEqualTo("/dpo");
	}

	@Test
	void aCodeTwoStepsOldIsRefused() {
		Created employer = accounts.inNewOrganisation(Role.EMPLOYER_REPRESENTATIVE, false);
		Instant now = clock.instant();
		WebSession browser = new WebSession(mvc);
		password(browser, employer);

		String stale = TestAccounts.totpCode(TestAccounts.TOTP_SECRET, now.minusSeconds(60));
		assertThat(browser.post("/connexion/code", "code", stale).getStatus()).isEqualTo(200);
		String drifted = TestAccounts.totpCode(TestAccounts.TOTP_SECRET, now.minusSeconds(30));
		assertThat(browser.post("/connexion/code", "code", drifted).getRedirectedUrl()).isEqualTo("/icollectif");
	}

	@Test
	void recoveryCodeSignsInOnceAndWarnsByEmail() throws Exception {
		Created admin = accounts.account(Role.ADMIN, null, false, false);
		WebSession browser = new WebSession(mvc);
		password(browser, admin);
		Enrolment enrolment = enrol(browser);
		String recovery = enrolment.recoveryCodes().get(3);

		WebSession lostPhone = new WebSession(mvc);
		password(lostPhone, admin);
		assertThat(lostPhone.post("/connexion/code", "code", recovery.toLowerCase()).getRedirectedUrl())
			.isEqualTo("/gestion/admin");
		// The enrolment notice and this one leave the outbox together, in either order.
		Mailbox mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context));
		mailbox.awaitMessage(admin.login(), 2);
		assertThat(mailbox.messagesTo(admin.login()).stream().map(Mailbox::body))
			.anyMatch(body -> body.contains("Un code de secours vient d’être utilisé"));

		WebSession again = new WebSession(mvc);
		password(again, admin);
		assertThat(again.post("/connexion/code", "code", recovery).getStatus()).isEqualTo(200);
	}

	@Test
	void regeneratedRecoveryCodesReplaceTheOldOnes() throws Exception {
		Created staff = accounts.account(Role.STAFF, null, false, false);
		WebSession browser = new WebSession(mvc);
		password(browser, staff);
		String old = enrol(browser).recoveryCodes().get(0);

		MockHttpServletResponse regenerated = browser.post("/compte/double-authentification/codes-de-secours");
		List<String> fresh = Jsoup.parse(browser.get(regenerated.getRedirectedUrl()).getContentAsString())
			.select(".recovery-codes li")
			.eachText();

		assertThat(fresh).hasSize(10).doesNotContain(old);
		WebSession withOld = new WebSession(mvc);
		password(withOld, staff);
		assertThat(withOld.post("/connexion/code", "code", old).getStatus()).isEqualTo(200);
		assertThat(withOld.post("/connexion/code", "code", fresh.get(0)).getRedirectedUrl()).isEqualTo("/gestion");
	}

	@Test
	void memberMaySignInWithoutSecondFactorAndMayTurnItOn() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = accounts.signIn(new WebSession(mvc), member);
		assertThat(Jsoup.parse(browser.get("/compte/securite").getContentAsString()).text())
			.contains("La double authentification n’est pas activée");

		enrol(browser);

		clock.advance(Duration.ofSeconds(30));
		WebSession next = new WebSession(mvc);
		assertThat(password(next, member).getRedirectedUrl()).isEqualTo("/connexion/code");
	}

}
