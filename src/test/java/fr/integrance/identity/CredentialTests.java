package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
 * Password reset by e-mail (single use, 30 minutes, no enumeration), password change with
 * the current password, the policy explained in French next to the field, an e-mail on
 * every change.
 */
@IdentityIntegrationTest
class CredentialTests {

	static final String NEW_PASSWORD = "Un-Autre-Secret-2026";

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
		clock.advance(Duration.ofMinutes(2));
		mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context));
	}

	String requestResetLink(Created account) {
		new WebSession(mvc).post("/mot-de-passe-oublie", "email", account.login());
		return Mailbox.link(mailbox.awaitMessage(account.login(), 1), "/mot-de-passe-oublie/");
	}

	@Test
	void resetRequestGivesTheSameAnswerForKnownAndUnknownAddresses() throws Exception {
		Created member = accounts.account(Role.MEMBER);

		MockHttpServletResponse known = new WebSession(mvc).post("/mot-de-passe-oublie", "email", member.login());
		MockHttpServletResponse unknown = new WebSession(mvc).post("/mot-de-passe-oublie", "email",
				"inconnu-" + member.login());

		assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
		assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl())
			.isEqualTo("/mot-de-passe-oublie?envoye");
		assertThat(new WebSession(mvc).get("/mot-de-passe-oublie?envoye").getContentAsString())
			.contains("Si un compte correspond à cette adresse");
		assertThat(Mailbox.body(mailbox.awaitMessage(member.login(), 1))).contains("valable 30 minutes");
		assertThat(mailbox.messagesTo("inconnu-" + member.login())).isEmpty();
	}

	@Test
	void resetLinkSetsTheNewPasswordOnceAndEndsEverySession() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession signedIn = accounts.signIn(new WebSession(mvc), member);
		String link = requestResetLink(member);
		WebSession browser = new WebSession(mvc);

		Document form = Jsoup.parse(browser.get(link).getContentAsString());
		assertThat(form.select("#password-hint").text()).contains("au moins 12 caractères")
			.contains("au moins 14 caractères")
			.contains("7 mots")
			.contains("128 caractères");
		MockHttpServletResponse reset = browser.post(link, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);

		assertThat(reset.getRedirectedUrl()).isEqualTo("/connexion?motDePasseReinitialise");
		assertThat(signedIn.get("/iadherent").getRedirectedUrl()).endsWith("/connexion");
		assertThat(new WebSession(mvc).post("/connexion", "identifiant", member.login(), "motDePasse", NEW_PASSWORD)
			.getRedirectedUrl()).isEqualTo("/iadherent");
		assertThat(Mailbox.body(mailbox.awaitMessage(member.login(), 2))).contains("vient d’être défini ou modifié");

		// Single use: the same link is dead now.
		assertThat(new WebSession(mvc).get(link).getContentAsString()).contains("Ce lien n’est plus valable");
		assertThat(new WebSession(mvc)
			.post(link, "password", "Encore-Un-Autre-2026", "confirmation", "Encore-Un-Autre-2026")
			.getContentAsString()).contains("Ce lien n’est plus valable");
	}

	@Test
	void resetLinkExpiresAfterThirtyMinutes() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		String link = requestResetLink(member);

		clock.advance(Duration.ofMinutes(29));
		assertThat(new WebSession(mvc).get(link).getContentAsString()).contains("name=\"password\"");
		clock.advance(Duration.ofMinutes(1));

		assertThat(new WebSession(mvc).get(link).getContentAsString()).contains("Ce lien n’est plus valable");
	}

	@Test
	void randomResetLinkIsInvalid() throws Exception {
		MockHttpServletResponse response = new WebSession(mvc).get("/mot-de-passe-oublie/pas-un-vrai-jeton");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Ce lien n’est plus valable");
	}

	@Test
	void resetRefusesAWeakPasswordWithTheReasonNextToTheField() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		String link = requestResetLink(member);

		MockHttpServletResponse response = new WebSession(mvc).post(link, "password", "Motdepasse2026!", "confirmation",
				"Motdepasse2026!");

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".error-summary").text()).contains("mots de passe les plus courants");
		assertThat(page.select("#password-error").text()).contains("mots de passe les plus courants");
		assertThat(page.select(".field-error input#password")).hasSize(1);
		// The link still works after a refused attempt.
		assertThat(new WebSession(mvc).get(link).getContentAsString()).contains("name=\"password\"");
	}

	@Test
	void resetRefusesDifferingConfirmation() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		String link = requestResetLink(member);

		Document page = Jsoup
			.parse(new WebSession(mvc).post(link, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "x")
				.getContentAsString());

		assertThat(page.select("#confirmation-error").text()).contains("ne sont pas identiques");
	}

	@Test
	void passwordChangeNeedsTheCurrentPassword() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = accounts.signIn(new WebSession(mvc), member);

		MockHttpServletResponse response = browser.post("/compte/mot-de-passe", "currentPassword", "Pas-Le-Bon-2026",
				"password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#currentPassword-error").text())
			.contains("Le mot de passe actuel est incorrect");
		assertThat(accounts.reload(member.id()).failedAttempts()).isEqualTo(1);
	}

	@Test
	void passwordChangeRefusesAPasswordContainingTheLogin() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = accounts.signIn(new WebSession(mvc), member);
		String localPart = member.login().substring(0, member.login().indexOf('@'));

		MockHttpServletResponse response = browser.post("/compte/mot-de-passe", "currentPassword",
				TestAccounts.PASSWORD, "password", localPart + "-X1!", "confirmation", localPart + "-X1!");

		assertThat(Jsoup.parse(response.getContentAsString()).select("#password-error").text())
			.contains("ne doit pas contenir votre identifiant");
	}

	@Test
	void passwordChangeFormExplainsThePolicyInFrench() throws Exception {
		Created member = accounts.account(Role.MEMBER);
		WebSession browser = accounts.signIn(new WebSession(mvc), member);

		Document page = Jsoup.parse(browser.get("/compte/mot-de-passe").getContentAsString());

		assertThat(page.select("input#password").attr("aria-describedby")).isEqualTo("password-hint");
		assertThat(page.select("#password-hint").text()).contains("une phrase d’au moins 7 mots");
		assertThat(page.select("input#password").attr("maxlength")).isEqualTo("1024");
	}

}
