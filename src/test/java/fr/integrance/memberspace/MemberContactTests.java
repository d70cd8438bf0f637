package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
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
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The contact details page over MockMvc: the member changes their own address (postal
 * code and commune checked), phone and e-mail (effective once confirmed through the
 * single-use, expiring link mailed to the new address, the old one told); each change
 * journaled; bad input answered in French next to the field, what was typed kept; another
 * member's or a random link is 404.
 */
@IdentityIntegrationTest
class MemberContactTests {

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

	@Autowired
	GreenMail smtp;

	Mailbox mailbox;

	PersonId camille;

	String camilleEmail;

	Created camilleAccount;

	PersonId lucas;

	@BeforeEach
	void members() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		mailbox = new Mailbox(smtp);
		PeopleFixtures fixtures = new PeopleFixtures(context);
		camille = fixtures.person("Martin", "Camille", LocalDate.of(1986, 9, 12));
		camilleEmail = "camille-" + UUID.randomUUID() + "@example.fr";
		people.changeContact(camille, EmailAddress.of(camilleEmail), PhoneNumber.parse("06 12 34 56 78"));
		camilleAccount = accounts.member(camille.value());
		lucas = fixtures.person("Bernard", "Lucas", LocalDate.of(1992, 3, 14));
		people.changeContact(lucas, EmailAddress.of("lucas-" + UUID.randomUUID() + "@example.fr"), null);
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

	Person camille() {
		return people.find(camille).orElseThrow();
	}

	List<String> journal(PersonId person) {
		return jdbc.queryForList(
				"SELECT action || ' ' || COALESCE(purpose, '-') FROM audit_entry WHERE subject_ref = ? ORDER BY sequence",
				String.class, "PERSON:" + person.value());
	}

	@Test
	void thePageShowsTheMembersOwnDetailsPrefilled() throws IOException {
		Document page = page(signedIn(camilleAccount).get("/iadherent/coordonnees"));

		assertThat(page.select("h1").text()).isEqualTo("Mes coordonnées");
		assertThat(page.select(".current-address").text()).isEqualTo("12 rue des Lilas 75011 Paris");
		assertThat(page.select(".current-email").text()).isEqualTo(camilleEmail);
		assertThat(page.select("input#street").val()).isEqualTo("12 rue des Lilas");
		assertThat(page.select("input#postalCode").val()).isEqualTo("75011");
		assertThat(page.select("input#phone").val()).isEqualTo("06 12 34 56 78");
		assertThat(page.text()).doesNotContain("Bernard", "lucas-");
	}

	@Test
	void anAccountWithoutAPersonGets404() {
		WebSession browser = signedIn(accounts.account(Role.MEMBER));

		assertThat(browser.get("/iadherent/coordonnees").getStatus()).isEqualTo(404);
		assertThat(browser.post("/iadherent/coordonnees/telephone", "phone", "0612345678").getStatus()).isEqualTo(404);
	}

	@Test
	void aNewAddressIsSavedAtOnceAndJournaled() {
		MockHttpServletResponse response = signedIn(camilleAccount).post("/iadherent/coordonnees/adresse", "complement",
				"Bâtiment B", "street", "3 place Bellecour", "locality", "", "postalCode", "69002", "city", "lyon");

		assertThat(response.getRedirectedUrl()).isEqualTo("/iadherent/coordonnees");
		Person person = camille();
		assertThat(person.address().lines()).containsExactly("Bâtiment B", "3 place Bellecour");
		assertThat(person.address().postalCode()).isEqualTo("69002");
		assertThat(person.address().city()).isEqualTo("lyon");
		assertThat(journal(camille)).contains("person.address-changed iadherent-member-changes");
		assertThat(people.find(lucas).orElseThrow().address().city()).isEqualTo("Paris");
	}

	@Test
	void aPostalCodeThatDoesNotExistOrACommuneItDoesNotServeIsRefusedNextToTheField() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		Document unknown = page(browser.post("/iadherent/coordonnees/adresse", "street", "3 place Bellecour",
				"postalCode", "99999", "city", "Lyon"));
		assertThat(unknown.select("#postalCode-error").text()).isEqualTo("Ce code postal n’existe pas en France.");
		assertThat(unknown.select("input#postalCode").attr("aria-invalid")).isEqualTo("true");
		assertThat(unknown.select("input#street").val()).isEqualTo("3 place Bellecour");

		Document mismatch = page(browser.post("/iadherent/coordonnees/adresse", "street", "3 place Bellecour",
				"postalCode", "69002", "city", "Marseille"));
		assertThat(mismatch.select("#city-error").text()).isEqualTo("Cette commune ne correspond pas au code postal.");
		assertThat(mismatch.select("#communes").text()).contains("Lyon");
		assertThat(mismatch.select(".error-summary a[href=#city]")).hasSize(1);

		Document blank = page(
				browser.post("/iadherent/coordonnees/adresse", "street", " ", "postalCode", "6900", "city", ""));
		assertThat(blank.select("#street-error").text()).isEqualTo("Veuillez saisir le numéro et la voie.");
		assertThat(blank.select("#postalCode-error").text()).isEqualTo("Le code postal compte 5 chiffres.");
		assertThat(blank.select("#city-error").text()).isEqualTo("Veuillez saisir la commune.");

		assertThat(camille().address().city()).isEqualTo("Paris");
		assertThat(journal(camille)).noneMatch(entry -> entry.startsWith("person.address-changed"));
	}

	@Test
	void thePhoneIsCheckedSavedOrRemoved() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		Document bad = page(browser.post("/iadherent/coordonnees/telephone", "phone", "12"));
		assertThat(bad.select("#phone-error").text()).isEqualTo("Ce numéro de téléphone n’est pas valide.");
		assertThat(bad.select("input#phone").val()).isEqualTo("12");

		assertThat(browser.post("/iadherent/coordonnees/telephone", "phone", "07 98 76 54 32").getRedirectedUrl())
			.isEqualTo("/iadherent/coordonnees");
		assertThat(camille().phone()).isEqualTo(PhoneNumber.parse("0798765432"));
		assertThat(page(browser.get("/iadherent/coordonnees")).select("[role=status]").text())
			.isEqualTo("Votre numéro de téléphone est enregistré.");

		browser.post("/iadherent/coordonnees/telephone", "phone", "");
		assertThat(camille().phone()).isNull();
		assertThat(journal(camille)).filteredOn(entry -> entry.startsWith("person.phone-changed")).hasSize(2);
	}

	@Test
	void aNewEmailTakesEffectOnlyOnceConfirmedThroughTheLinkAndBecomesTheLogin() throws Exception {
		WebSession browser = signedIn(camilleAccount);
		String newEmail = "camille.nouvelle-" + UUID.randomUUID() + "@example.org";

		assertThat(browser.post("/iadherent/coordonnees/courriel", "email", newEmail).getRedirectedUrl())
			.isEqualTo("/iadherent/coordonnees");
		// Nothing changes yet; the page says a confirmation is awaited.
		assertThat(camille().email()).isEqualTo(EmailAddress.of(camilleEmail));
		assertThat(page(browser.get("/iadherent/coordonnees")).select(".pending-email").text()).contains(newEmail);
		// The link goes to the new address, a notice to the old one.
		OutboxDelivery.deliverDue(context);
		MimeMessage toNew = mailbox.awaitMessage(newEmail, 1);
		assertThat(toNew.getSubject()).isEqualTo("Confirmez votre nouvelle adresse électronique");
		String link = Mailbox.link(toNew, MemberContactDetails.LINK_PATH);
		MimeMessage toOld = mailbox.awaitMessage(camilleEmail, 1);
		assertThat(toOld.getSubject()).isEqualTo("Demande de changement de votre adresse électronique");
		assertThat(Mailbox.body(toOld)).doesNotContain(newEmail).doesNotContain(link);

		// Opening the link only shows what it confirms (a mail scanner changes nothing).
		Document confirmation = page(browser.get(link));
		assertThat(confirmation.select("dd.pending").text()).isEqualTo(newEmail);
		assertThat(camille().email()).isEqualTo(EmailAddress.of(camilleEmail));

		assertThat(browser.post(link).getRedirectedUrl()).isEqualTo("/iadherent/coordonnees");
		assertThat(camille().email()).isEqualTo(EmailAddress.of(newEmail));
		assertThat(journal(camille)).contains("person.email-change-requested iadherent-member-changes",
				"person.email-changed iadherent-member-changes");
		// The login follows: the member signs in with the new address.
		Created renamed = new Created(camilleAccount.id(), newEmail, Role.MEMBER, null, false);
		assertThat(signedIn(renamed).get("/iadherent").getStatus()).isEqualTo(200);
		// The old address is told the change happened; the link is spent.
		OutboxDelivery.deliverDue(context);
		assertThat(mailbox.awaitMessage(camilleEmail, 2).getSubject())
			.isEqualTo("Votre adresse électronique a été remplacée");
		assertThat(browser.get(link).getStatus()).isEqualTo(404);
		assertThat(browser.post(link).getStatus()).isEqualTo(404);
	}

	@Test
	void anotherMembersExpiredOrRandomLinkIs404() throws Exception {
		String newEmail = "camille.autre-" + UUID.randomUUID() + "@example.org";
		signedIn(camilleAccount).post("/iadherent/coordonnees/courriel", "email", newEmail);
		OutboxDelivery.deliverDue(context);
		String link = Mailbox.link(mailbox.awaitMessage(newEmail, 1), MemberContactDetails.LINK_PATH);

		WebSession lucasBrowser = signedIn(accounts.member(lucas.value()));
		assertThat(lucasBrowser.get(link).getStatus()).isEqualTo(404);
		assertThat(lucasBrowser.post(link).getStatus()).isEqualTo(404);
		assertThat(people.find(lucas).orElseThrow().email()).isNotEqualTo(EmailAddress.of(newEmail));

		WebSession browser = signedIn(camilleAccount);
		assertThat(browser.get(MemberContactDetails.LINK_PATH + "x" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		clock.advance(Duration.ofHours(25));
		MockHttpServletResponse expired = signedIn(camilleAccount).post(link);
		assertThat(expired.getStatus()).isEqualTo(404);
		assertThat(expired.getContentAsString(StandardCharsets.UTF_8)).contains("Ce lien ne fonctionne plus");
		assertThat(camille().email()).isEqualTo(EmailAddress.of(camilleEmail));
	}

	@Test
	void aNewerRequestOrACancellationKillsTheEarlierLink() throws Exception {
		WebSession browser = signedIn(camilleAccount);
		String first = "premiere-" + UUID.randomUUID() + "@example.org";
		browser.post("/iadherent/coordonnees/courriel", "email", first);
		OutboxDelivery.deliverDue(context);
		String firstLink = Mailbox.link(mailbox.awaitMessage(first, 1), MemberContactDetails.LINK_PATH);
		String second = "seconde-" + UUID.randomUUID() + "@example.org";
		browser.post("/iadherent/coordonnees/courriel", "email", second);
		assertThat(browser.post(firstLink).getStatus()).isEqualTo(404);

		browser.post("/iadherent/coordonnees/courriel/annulation");
		OutboxDelivery.deliverDue(context);
		String secondLink = Mailbox.link(mailbox.awaitMessage(second, 1), MemberContactDetails.LINK_PATH);
		assertThat(browser.post(secondLink).getStatus()).isEqualTo(404);
		assertThat(camille().email()).isEqualTo(EmailAddress.of(camilleEmail));
	}

	@Test
	void aBadOrUnchangedEmailIsRefusedNextToTheField() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		Document bad = page(browser.post("/iadherent/coordonnees/courriel", "email", "pas-une-adresse"));
		assertThat(bad.select("#email-error").text()).isNotBlank();
		assertThat(bad.select("input#email").val()).isEqualTo("pas-une-adresse");

		Document same = page(browser.post("/iadherent/coordonnees/courriel", "email", camilleEmail));
		assertThat(same.select("#email-error").text()).isEqualTo("C’est déjà votre adresse électronique.");
	}

	@Test
	void anAddressTakenAsAnotherAccountsLoginIsNotConfirmed() throws Exception {
		Created other = accounts.account(Role.MEMBER);
		WebSession browser = signedIn(camilleAccount);
		browser.post("/iadherent/coordonnees/courriel", "email", other.login());
		OutboxDelivery.deliverDue(context);
		String link = Mailbox.link(mailbox.awaitMessage(other.login(), 1), MemberContactDetails.LINK_PATH);

		MockHttpServletResponse refused = browser.post(link);
		assertThat(refused.getStatus()).isEqualTo(404);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("identifiant d’un autre compte");
		assertThat(camille().email()).isEqualTo(EmailAddress.of(camilleEmail));
	}

}
