package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * Re-authentication before a sensitive change (RULES §4): a member who signed in more
 * than ten minutes ago confirms a new IBAN or a new e-mail address with their password; a
 * missing or wrong one changes nothing, is told beside the field and keeps what was
 * typed; a right one goes on and makes the session recent again; within ten minutes of
 * the sign-in nothing is asked.
 */
@IdentityIntegrationTest
class MemberReauthenticationTests {

	static final String NEW_IBAN = "FR7610107001011234567890129";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	People people;

	PersonId camille;

	Created account;

	@BeforeEach
	void member() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		camille = new PeopleFixtures(context).person("Martin", "Camille", LocalDate.of(1986, 9, 12));
		people.changeContact(camille, EmailAddress.of("camille-" + UUID.randomUUID() + "@example.fr"), null);
		account = accounts.member(camille.value());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static Document page(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	long bankChanges() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM person_bank_change WHERE person_id = ?", Long.class,
				camille.value());
	}

	@Test
	void withinTenMinutesOfTheSignInNothingIsAsked() throws IOException {
		WebSession browser = accounts.signIn(new WebSession(mvc), account);
		clock.advance(Duration.ofMinutes(9));
		assertThat(page(browser.get("/iadherent/banque")).select("input#confirmation")).isEmpty();
		assertThat(browser.post("/iadherent/banque", "iban", NEW_IBAN, "holder", "Camille Martin").getStatus())
			.isEqualTo(302);
	}

	@Test
	void aNewIbanLaterAsksThePasswordAWrongOneChangesNothingARightOneGoesOn() throws IOException {
		WebSession browser = accounts.signIn(new WebSession(mvc), account);
		clock.advance(Duration.ofMinutes(11));

		Document form = page(browser.get("/iadherent/banque"));
		assertThat(form.select("input#confirmation").attr("type")).isEqualTo("password");
		assertThat(form.select("label[for=confirmation]").text()).isEqualTo("Votre mot de passe");

		Document missing = page(browser.post("/iadherent/banque", "iban", NEW_IBAN, "holder", "Camille Martin"));
		assertThat(missing.select("#confirmation-error").text())
			.isEqualTo("Saisissez votre mot de passe pour confirmer ce changement.");
		assertThat(missing.select("input#iban").attr("value")).isEqualTo(NEW_IBAN);

		Document wrong = page(browser.post("/iadherent/banque", "iban", NEW_IBAN, "holder", "Camille Martin",
				"confirmation", "Not-The-Password-1"));
		assertThat(wrong.select("#confirmation-error").text())
			.isEqualTo("Ce mot de passe n’est pas le bon : rien n’a été modifié.");
		assertThat(wrong.select("input#confirmation").attr("aria-invalid")).isEqualTo("true");
		assertThat(bankChanges()).isZero();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failure' AND subject_ref = ?", Long.class,
				"ACCOUNT:" + account.id().value()))
			.isEqualTo(1);

		MockHttpServletResponse right = browser.post("/iadherent/banque", "iban", NEW_IBAN, "holder", "Camille Martin",
				"confirmation", TestAccounts.PASSWORD);
		assertThat(right.getStatus()).isEqualTo(302);
		assertThat(right.getRedirectedUrl()).startsWith("/iadherent/banque/signature/");
		assertThat(bankChanges()).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'account.reauthenticated' AND subject_ref = ?",
				Long.class, "ACCOUNT:" + account.id().value()))
			.isEqualTo(1);
		// the session is recent again: nothing asked for the next ten minutes
		clock.advance(Duration.ofMinutes(5));
		assertThat(page(browser.get("/iadherent/banque")).select("input#confirmation")).isEmpty();
	}

	@Test
	void aNewEmailLaterAsksThePasswordToo() throws IOException {
		WebSession browser = accounts.signIn(new WebSession(mvc), account);
		clock.advance(Duration.ofMinutes(11));
		String newAddress = "camille.new-" + UUID.randomUUID() + "@example.fr";

		Document page = page(browser.get("/iadherent/coordonnees"));
		assertThat(page.select("input#confirmation")).hasSize(1);
		Document missing = page(browser.post("/iadherent/coordonnees/courriel", "email", newAddress));
		assertThat(missing.select("#confirmation-error").text()).contains("Saisissez votre mot de passe");
		assertThat(missing.select("input#email").attr("value")).isEqualTo(newAddress);
		assertThat(page(browser.get("/iadherent/coordonnees")).select(".pending-email")).isEmpty();

		MockHttpServletResponse right = browser.post("/iadherent/coordonnees/courriel", "email", newAddress,
				"confirmation", TestAccounts.PASSWORD);
		assertThat(right.getStatus()).isEqualTo(302);
		assertThat(page(browser.get("/iadherent/coordonnees")).select(".pending-email").text()).contains(newAddress);
	}

	@Test
	void theAddressAndPhoneNeedNoPassword() {
		WebSession browser = accounts.signIn(new WebSession(mvc), account);
		clock.advance(Duration.ofMinutes(11));
		assertThat(browser.post("/iadherent/coordonnees/telephone", "phone", "06 12 34 56 78").getStatus())
			.isEqualTo(302);
	}

}
