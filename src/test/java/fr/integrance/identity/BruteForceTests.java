package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * Growing delay and temporary lock after repeated failures (RULES.md §4), from one source
 * (every MockMvc request comes from 127.0.0.1; LoginThrottleTests has several sources),
 * in the manner of Keycloak's BruteForceTest: N failures then a lock that refuses even
 * the right password, a lock that expires with the clock, a success that resets the
 * counter, a password reset that works while locked, second-factor failures that count,
 * disabled accounts whose failures do not, and one answer for every failure. Time moves
 * with the clock; nothing sleeps.
 */
@IdentityIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BruteForceTests {

	static final String WRONG = "Wrong-Password-000";
	static final String FAILURE = "/connexion?erreur";

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

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The failures that count towards this account's delay and lock from the test's
	 * source.
	 */
	int failures(Created account) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM identity_login_failure WHERE account_id = ? AND key_kind = 'ACCOUNT_SOURCE'",
				Integer.class, account.id().value());
	}

	@BeforeEach
	void freshStep() {
		clock.advance(Duration.ofMinutes(1));
	}

	/** One login attempt from a fresh browser; returns where the application sends it. */
	String attempt(Created account, String password) {
		return new WebSession(mvc).post("/connexion", "identifiant", account.login(), "motDePasse", password)
			.getRedirectedUrl();
	}

	/**
	 * Fails {@code count} times, each after the delay of the previous failure has passed.
	 */
	void fail(Created account, int count) {
		for (int i = 0; i < count; i++) {
			assertThat(attempt(account, WRONG)).isEqualTo(FAILURE);
			clock.advance(Duration.ofSeconds(65));
		}
	}

	@Test
	void wrongPasswordThreeTimesThenNextAttemptDelayedEvenWithRightPassword() {
		Created member = accounts.account(Role.MEMBER);
		for (int i = 0; i < 3; i++) {
			assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);
		}

		// Within a second of the third failure: refused without looking at the password.
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo(FAILURE);

		clock.advance(Duration.ofSeconds(1));
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
	}

	@Test
	void delayDoublesWithEachFurtherFailure() {
		Created member = accounts.account(Role.MEMBER);
		fail(member, 4);
		clock.advance(Duration.ofSeconds(-65));

		// After the fourth failure the wait is 2 seconds: one is not enough.
		clock.advance(Duration.ofSeconds(1));
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo(FAILURE);
		clock.advance(Duration.ofSeconds(1));
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
	}

	@Test
	void tenFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword(CapturedOutput output) {
		Created member = accounts.account(Role.MEMBER);
		fail(member, 9);
		assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);

		assertThat(output).contains("security-event=account-locked account=" + member.id());

		clock.advance(Duration.ofMinutes(14));
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo(FAILURE);
		assertThat(output).contains("security-event=login-failed account=" + member.id() + " reason=LOCKED");

		clock.advance(Duration.ofMinutes(1));
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
	}

	@Test
	void successResetsTheFailureCounter() {
		Created member = accounts.account(Role.MEMBER);
		assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);
		assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
		assertThat(failures(member)).isZero();

		// Two more failures: had the counter not been reset, the fourth would impose a
		// delay.
		assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);
		assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
	}

	@Test
	void expiredLockStartsTheCountAfresh() {
		Created member = accounts.account(Role.MEMBER);
		fail(member, 10);
		clock.advance(Duration.ofMinutes(15));

		// One failure after the lock expired is a first failure, not an eleventh.
		assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo("/iadherent");
	}

	@Test
	void passwordResetWorksWhileLockedAndUnlocks(CapturedOutput output) throws Exception {
		Created member = accounts.account(Role.MEMBER);
		fail(member, 10);
		assertThat(attempt(member, TestAccounts.PASSWORD)).isEqualTo(FAILURE);
		Mailbox mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context));

		WebSession browser = new WebSession(mvc);
		browser.post("/mot-de-passe-oublie", "email", member.login());
		// The first mail is the alert of ten failures (LoginThrottleTests), the second
		// the
		// link.
		String link = Mailbox.link(mailbox.awaitMessage(member.login(), 2), "/mot-de-passe-oublie/");
		assertThat(browser.get(link).getStatus()).isEqualTo(200);
		MockHttpServletResponse reset = browser.post(link, "password", "Nouveau-Mot-2-Passe!", "confirmation",
				"Nouveau-Mot-2-Passe!");

		assertThat(reset.getRedirectedUrl()).isEqualTo("/connexion?motDePasseReinitialise");
		assertThat(failures(member)).isZero();
		assertThat(output)
			.contains("security-event=account-unlocked account=" + member.id() + " reason=PASSWORD_RESET");
		assertThat(attempt(member, "Nouveau-Mot-2-Passe!")).isEqualTo("/iadherent");
	}

	@Test
	void unknownUserWrongPasswordLockedAndDisabledGetTheSameAnswer() throws Exception {
		Created wrong = accounts.account(Role.MEMBER);
		Created locked = accounts.account(Role.MEMBER);
		fail(locked, 10);
		Created disabled = accounts.account(Role.MEMBER);
		accounts.disable(disabled.id());

		MockHttpServletResponse unknownAnswer = new WebSession(mvc).post("/connexion", "identifiant",
				"personne-" + wrong.login(), "motDePasse", TestAccounts.PASSWORD);
		MockHttpServletResponse wrongAnswer = new WebSession(mvc).post("/connexion", "identifiant", wrong.login(),
				"motDePasse", WRONG);
		MockHttpServletResponse lockedAnswer = new WebSession(mvc).post("/connexion", "identifiant", locked.login(),
				"motDePasse", TestAccounts.PASSWORD);
		MockHttpServletResponse disabledAnswer = new WebSession(mvc).post("/connexion", "identifiant", disabled.login(),
				"motDePasse", TestAccounts.PASSWORD);

		for (MockHttpServletResponse answer : new MockHttpServletResponse[] { unknownAnswer, wrongAnswer, lockedAnswer,
				disabledAnswer }) {
			assertThat(answer.getStatus()).isEqualTo(302);
			assertThat(answer.getRedirectedUrl()).isEqualTo(FAILURE);
			assertThat(answer.getCookies()).isEmpty();
			assertThat(answer.getContentAsString()).isEmpty();
		}
	}

	@Test
	void missingPasswordCountsAsFailure() {
		Created member = accounts.account(Role.MEMBER);

		assertThat(attempt(member, "")).isEqualTo(FAILURE);

		assertThat(failures(member)).isEqualTo(1);
	}

	@Test
	void wrongSecondFactorCodesCountAndLock(CapturedOutput output) {
		Created staff = accounts.account(Role.STAFF);
		for (int i = 0; i < 10; i++) {
			WebSession browser = new WebSession(mvc);
			assertThat(browser.post("/connexion", "identifiant", staff.login(), "motDePasse", TestAccounts.PASSWORD)
				.getRedirectedUrl()).isEqualTo("/connexion/code");
			MockHttpServletResponse code = browser.post("/connexion/code", "code", "000000");
			if (i < 9) {
				assertThat(code.getStatus()).isEqualTo(200);
			}
			else {
				assertThat(code.getRedirectedUrl()).isEqualTo(FAILURE);
			}
			clock.advance(Duration.ofSeconds(65));
		}
		assertThat(output).contains("security-event=login-failed account=" + staff.id() + " reason=BAD_SECOND_FACTOR");
		assertThat(output).contains("security-event=account-locked account=" + staff.id());

		// Locked: even the right password and the right code are refused.
		assertThat(attempt(staff, TestAccounts.PASSWORD)).isEqualTo(FAILURE);
	}

	@Test
	void rightPasswordDoesNotResetFailuresUntilTheSecondFactorSucceeds() {
		Created staff = accounts.account(Role.STAFF);
		WebSession browser = new WebSession(mvc);
		browser.post("/connexion", "identifiant", staff.login(), "motDePasse", TestAccounts.PASSWORD);
		browser.post("/connexion/code", "code", "000000");
		browser.post("/connexion/code", "code", "111111");

		WebSession again = new WebSession(mvc);
		again.post("/connexion", "identifiant", staff.login(), "motDePasse", TestAccounts.PASSWORD);

		assertThat(failures(staff)).isEqualTo(2);
		assertThat(again.post("/connexion/code", "code", accounts.currentCode()).getRedirectedUrl())
			.isEqualTo("/gestion");
		assertThat(failures(staff)).isZero();
	}

	@Test
	void failuresOnADisabledAccountAreNotCounted() {
		Created member = accounts.account(Role.MEMBER);
		accounts.disable(member.id());

		for (int i = 0; i < 5; i++) {
			assertThat(attempt(member, WRONG)).isEqualTo(FAILURE);
		}

		assertThat(failures(member)).isZero();
	}

	@Test
	void everyFailureIsJournaledWithIdsOnly(CapturedOutput output) {
		Created member = accounts.account(Role.MEMBER);

		attempt(member, WRONG);
		new WebSession(mvc).post("/connexion", "identifiant", "inconnu@test.integrance.fr", "motDePasse", WRONG);

		String journal = output.getOut()
			.lines()
			.filter(line -> line.contains("security-event="))
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(journal).contains("security-event=login-failed account=" + member.id() + " reason=BAD_PASSWORD")
			.contains("security-event=login-failed account=- reason=UNKNOWN_LOGIN")
			.doesNotContain(member.login())
			.doesNotContain("inconnu@test.integrance.fr")
			.doesNotContain(WRONG);
	}

}
