package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.ConsentState;
import fr.integrance.consent.Decision;
import fr.integrance.contracts.ContractActivated;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.identity.MemberActivation;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.Restrictions;
import fr.integrance.testsupport.WebSession;

/**
 * Issue 6, member activation at {@code /activation}, through the web as a member goes:
 * recognised against an active contract, contact e-mail verified by a single-use link,
 * password and consent, then signed in to {@code /iadherent}; and what a stranger gets:
 * one generic error, attempt limits per member number and per client address that lift
 * once the window has passed.
 */
@IdentityIntegrationTest
class ActivationTests {

	static final String PASSWORD = "Ma-Phrase-Secrete-2026";
	static final String NOT_RECOGNISED = "Ces informations ne correspondent à aucun contrat actif";
	static final String LIMITED = "Trop de tentatives ont échoué";
	static final LocalDate BIRTH = LocalDate.of(1980, 7, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	MemberAccounts members;

	@Autowired
	ConsentManagement consents;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	CompletedEventPublications publications;

	@Autowired
	ApplicationContext context;

	Mailbox mailbox;

	@BeforeEach
	void mailbox() {
		mailbox = new Mailbox(smtp);
	}

	/** A member of an active individual contract. */
	record Member(PersonId person, String memberNumber) {
	}

	Member activeMember() {
		PersonId person = people.register(NewPerson.of(PersonName.of(Civility.MME, "Lefèvre", "Marie Anne"), BIRTH));
		IndividualContract opened = contracts
			.open(new NewIndividualContract(person, "confort", LocalDate.of(2026, 1, 1), List.of()));
		IndividualContract active = contracts.activate(opened.id());
		// Once the activation commits, this channel decides whether to invite the member
		// (MemberInvitations; no address on file: no invitation): wait for that decision,
		// so that it never reads a contact a test gives the person afterwards.
		await().until(() -> publications.findAll()
			.stream()
			.anyMatch(publication -> publication.getEvent() instanceof ContractActivated activated
					&& activated.contract().equals(active.id())));
		return new Member(person, active.memberNumber().value());
	}

	static MockHttpServletResponse post(WebSession browser, String clientAddress, String path,
			String... namesAndValues) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf()).with(r -> {
			r.setRemoteAddr(clientAddress);
			return r;
		});
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return browser.perform(request);
	}

	static MockHttpServletResponse identify(WebSession browser, String clientAddress, String last, String first,
			String birth, String number) {
		return post(browser, clientAddress, "/activation", "lastName", last, "firstNames", first, "birthDate", birth,
				"memberNumber", number);
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

	static String newAddress() {
		return "adherent-" + UUID.randomUUID() + "@test.integrance.fr";
	}

	static String clientAddress() {
		UUID random = UUID.randomUUID();
		return "192.0." + Math.floorMod(random.getMostSignificantBits(), 256) + "."
				+ Math.floorMod(random.getLeastSignificantBits(), 256);
	}

	/**
	 * A valid member number no contract holds (one per call: the daily cap counts per
	 * number).
	 */
	static String unknownNumber() {
		return MemberNumber.of(900_000_000L + ThreadLocalRandom.current().nextLong(99_999_999L)).value();
	}

	String linkSentTo(String address) {
		OutboxDelivery.deliverDue(context);
		MimeMessage message = mailbox.awaitMessage(address, 1);
		List<String> links = OutboxDelivery.links(message, "/activation/lien/");
		assertThat(links).hasSize(1);
		return links.get(0);
	}

	@Test
	void rightDataCreatesTheAccountAndTheMemberReachesIadherent() throws Exception {
		Member member = activeMember();
		String email = newAddress();
		WebSession browser = new WebSession(mvc);
		String ip = clientAddress();

		assertThat(browser.get("/activation").getStatus()).isEqualTo(200);
		MockHttpServletResponse step1 = identify(browser, ip, "LEFEVRE", "marie-anne", "1980-07-14",
				member.memberNumber());
		assertThat(step1.getRedirectedUrl()).isEqualTo("/activation/coordonnees");
		assertThat(browser.get("/activation/coordonnees").getStatus()).isEqualTo(200);
		MockHttpServletResponse step2 = post(browser, ip, "/activation/coordonnees", "email", email, "phone",
				"06 12 34 56 78");
		assertThat(step2.getRedirectedUrl()).isEqualTo("/activation/courriel-envoye");
		assertThat(page(browser.get("/activation/courriel-envoye")).text()).contains("Consultez votre messagerie");

		// The link is opened in another browser (the mail client's): only the token
		// counts.
		WebSession mailClient = new WebSession(mvc);
		String link = linkSentTo(email);
		Document form = page(mailClient.get(link));
		assertThat(form.select("dd").text()).isEqualTo(email);
		assertThat(form.select("input#consent").hasAttr("checked")).isFalse();
		MockHttpServletResponse step3 = post(mailClient, ip, link, "password", PASSWORD, "confirmation", PASSWORD,
				"consent", "true");
		assertThat(step3.getRedirectedUrl()).isEqualTo("/connexion?compteActive");

		assertThat(members.accountOf(member.person().value())).isPresent();
		Person person = people.find(member.person()).orElseThrow();
		assertThat(person.email()).isEqualTo(EmailAddress.of(email));
		assertThat(person.phone()).isEqualTo(PhoneNumber.parse("0612345678"));
		ConsentState consent = consents.currentState(DataSubjectRef.person(member.person().toString()))
			.get(ConsentPurposes.MEMBER_ACCOUNT_CREATION);
		assertThat(consent.decision()).isEqualTo(Decision.GIVEN);
		assertThat(consent.method()).isEqualTo(ConsentMethod.FORM);
		assertThat(consent.noticeVersion()).isNotBlank();

		WebSession signedIn = new WebSession(mvc);
		assertThat(signedIn.post("/connexion", "identifiant", email, "motDePasse", PASSWORD).getRedirectedUrl())
			.isEqualTo("/iadherent");
		assertThat(signedIn.get("/iadherent").getStatus()).isEqualTo(200);
		OutboxDelivery.deliverDue(context);
		assertThat(mailbox.awaitMessage(email, 2).getSubject()).isEqualTo("Votre compte est créé");
	}

	@Test
	void wrongBirthDateGivesTheGenericError() throws Exception {
		Member member = activeMember();
		WebSession browser = new WebSession(mvc);

		MockHttpServletResponse response = identify(browser, clientAddress(), "Lefèvre", "Marie Anne", "15/07/1980",
				member.memberNumber());

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = page(response);
		assertThat(page.select("#refus").text()).startsWith(NOT_RECOGNISED);
		assertThat(page.select(".error-message")).isEmpty();
		assertThat(page.select("input[name=lastName]").val()).isEqualTo("Lefèvre");
		assertThat(browser.get("/activation/coordonnees").getRedirectedUrl()).isEqualTo("/activation?expiree");
	}

	@Test
	void wrongNameAndUnknownNumberGiveTheSameGenericError() throws Exception {
		Member member = activeMember();
		WebSession browser = new WebSession(mvc);

		Document wrongName = page(
				identify(browser, clientAddress(), "Lefebvre", "Marie Anne", "14/07/1980", member.memberNumber()));
		Document unknownNumber = page(
				identify(browser, clientAddress(), "Lefèvre", "Marie Anne", "14/07/1980", unknownNumber()));

		assertThat(wrongName.select("#refus").text()).isEqualTo(unknownNumber.select("#refus").text())
			.startsWith(NOT_RECOGNISED);
	}

	@Test
	void malformedInputGetsErrorsNextToTheFields() throws Exception {
		Document page = page(identify(new WebSession(mvc), clientAddress(), "", "Marie", "31/02/1980", "1234567890"));

		assertThat(page.select("#lastName-error").text()).isEqualTo("Veuillez saisir votre nom.");
		assertThat(page.select("#birthDate-error").text()).startsWith("Cette date n’est pas valide");
		assertThat(page.select("#memberNumber-error").text()).startsWith("Ce numéro d’adhérent n’est pas valide");
		assertThat(page.select("#firstNames-error")).isEmpty();
		assertThat(page.select("#erreurs li")).hasSize(3);
		assertThat(page.select("#refus")).isEmpty();
	}

	@Test
	void attemptsAreLimitedPerMemberNumberUntilTheWindowHasPassed() throws Exception {
		Member member = activeMember();
		WebSession browser = new WebSession(mvc);
		for (int i = 0; i < 5; i++) {
			assertThat(page(
					identify(browser, clientAddress(), "Lefèvre", "Marie Anne", "01/01/1970", member.memberNumber()))
				.select("#refus")
				.text()).startsWith(NOT_RECOGNISED);
		}

		// Right data, from yet another address: refused all the same, without saying they
		// were right.
		MockHttpServletResponse limited = identify(browser, clientAddress(), "Lefèvre", "Marie Anne", "14/07/1980",
				member.memberNumber());
		assertThat(page(limited).select("#refus").text()).startsWith(LIMITED);
		assertThat(
				page(identify(browser, clientAddress(), "Lefèvre", "Marie Anne", "01/01/1970", member.memberNumber()))
					.select("#refus")
					.text())
			.startsWith(LIMITED);

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(identify(browser, clientAddress(), "Lefèvre", "Marie Anne", "14/07/1980", member.memberNumber())
			.getRedirectedUrl()).isEqualTo("/activation/coordonnees");
	}

	@Test
	void attemptsAreLimitedPerClientAddressUntilTheWindowHasPassed() throws Exception {
		Member member = activeMember();
		Member other = activeMember();
		String ip = clientAddress();
		WebSession browser = new WebSession(mvc);
		for (int i = 0; i < 20; i++) {
			String number = i % 2 == 0 ? other.memberNumber() : unknownNumber();
			// Spread over the hour so that the per-number limit (5 in 15 minutes) is not
			// what stops them.
			clock.advance(Duration.ofMinutes(2));
			assertThat(page(identify(browser, ip, "Autre", "Personne", "01/01/1970", number)).select("#refus").text())
				.startsWith(NOT_RECOGNISED);
		}

		assertThat(page(identify(browser, ip, "Lefèvre", "Marie Anne", "14/07/1980", member.memberNumber()))
			.select("#refus")
			.text()).startsWith(LIMITED);
		assertThat(identify(new WebSession(mvc), clientAddress(), "Lefèvre", "Marie Anne", "14/07/1980",
				member.memberNumber())
			.getRedirectedUrl()).isEqualTo("/activation/coordonnees");

		clock.advance(Duration.ofMinutes(61));
		assertThat(
				identify(browser, ip, "Lefèvre", "Marie Anne", "14/07/1980", member.memberNumber()).getRedirectedUrl())
			.isEqualTo("/activation/coordonnees");
	}

	@Test
	void verificationLinkServesOnceAndExpires() throws Exception {
		Member member = activeMember();
		String email = newAddress();
		String link = throughStep2(member, email);
		WebSession mailClient = new WebSession(mvc);

		assertThat(post(mailClient, clientAddress(), link, "password", PASSWORD, "confirmation", PASSWORD, "consent",
				"true")
			.getRedirectedUrl()).isEqualTo("/connexion?compteActive");
		assertThat(page(mailClient.get(link)).select("h1").text()).isEqualTo("Ce lien ne fonctionne plus");
		assertThat(page(post(mailClient, clientAddress(), link, "password", PASSWORD, "confirmation", PASSWORD,
				"consent", "true"))
			.select("h1")
			.text()).isEqualTo("Ce lien ne fonctionne plus");

		Member late = activeMember();
		String lateEmail = newAddress();
		String lateLink = throughStep2(late, lateEmail);
		clock.advance(Duration.ofHours(24).plusSeconds(1));
		assertThat(page(mailClient.get(lateLink)).select("h1").text()).isEqualTo("Ce lien ne fonctionne plus");
		assertThat(members.accountOf(late.person().value())).isEmpty();
	}

	@Test
	void withoutConsentNoAccountIsCreated() throws Exception {
		Member member = activeMember();
		String link = throughStep2(member, newAddress());
		WebSession mailClient = new WebSession(mvc);

		Document page = page(post(mailClient, clientAddress(), link, "password", PASSWORD, "confirmation", PASSWORD));

		assertThat(page.select("#consent-error").text()).isEqualTo("Pour créer votre compte, cochez cette case.");
		assertThat(members.accountOf(member.person().value())).isEmpty();
		assertThat(consents.currentState(DataSubjectRef.person(member.person().toString()))).isEmpty();
	}

	@Test
	void weakPasswordIsExplainedNextToTheField() throws Exception {
		Member member = activeMember();
		String link = throughStep2(member, newAddress());

		Document page = page(post(new WebSession(mvc), clientAddress(), link, "password", "soleil2024", "confirmation",
				"soleil2024", "consent", "true"));

		assertThat(page.select("#password-error").text()).isNotBlank();
		assertThat(members.accountOf(member.person().value())).isEmpty();
	}

	@Test
	void aMemberWithAnAccountSeesTheSamePagesAndIsToldByMail() throws Exception {
		Member member = activeMember();
		members.activate(new MemberActivation(member.person().value(), newAddress(), PASSWORD));
		String email = newAddress();
		WebSession browser = new WebSession(mvc);
		String ip = clientAddress();

		assertThat(
				identify(browser, ip, "Lefèvre", "Marie Anne", "14/07/1980", member.memberNumber()).getRedirectedUrl())
			.isEqualTo("/activation/coordonnees");
		assertThat(post(browser, ip, "/activation/coordonnees", "email", email, "phone", "").getRedirectedUrl())
			.isEqualTo("/activation/courriel-envoye");

		OutboxDelivery.deliverDue(context);
		MimeMessage message = mailbox.awaitMessage(email, 1);
		assertThat(message.getSubject()).isEqualTo("Votre espace adhérent est déjà activé");
		assertThat(OutboxDelivery.links(message, "/activation/lien/")).isEmpty();
	}

	@Test
	void contactStepNeedsARecognitionInThisSessionAndValidValues() throws Exception {
		WebSession stranger = new WebSession(mvc);
		assertThat(post(stranger, clientAddress(), "/activation/coordonnees", "email", newAddress(), "phone", "")
			.getRedirectedUrl()).isEqualTo("/activation?expiree");

		Member member = activeMember();
		WebSession browser = new WebSession(mvc);
		String ip = clientAddress();
		identify(browser, ip, "Lefèvre", "Marie Anne", "14/07/1980", member.memberNumber());
		Document page = page(post(browser, ip, "/activation/coordonnees", "email", "pas-une-adresse", "phone", "12"));
		assertThat(page.select("#email-error").text()).isEqualTo("Cette adresse e-mail n’est pas valide.");
		assertThat(page.select("#phone-error").text()).isEqualTo("Ce numéro de téléphone n’est pas valide.");

		clock.advance(Duration.ofMinutes(16));
		assertThat(post(browser, ip, "/activation/coordonnees", "email", newAddress(), "phone", "").getRedirectedUrl())
			.isEqualTo("/activation?expiree");
	}

	@Test
	void aRestrictedMemberGetsTheGenericErrorAtStepOne() throws Exception {
		Member member = activeMember();
		Restrictions.restrict(context, member.person());

		Document page = page(identify(new WebSession(mvc), clientAddress(), "Lefèvre", "Marie Anne", "14/07/1980",
				member.memberNumber()));

		assertThat(page.select("#refus").text()).startsWith(NOT_RECOGNISED);
	}

	@Test
	void aMemberRestrictedAfterTheLinkGetsNoAccountAndKeepsTheirContact() throws Exception {
		Member member = activeMember();
		String link = throughStep2(member, newAddress());
		Restrictions.restrict(context, member.person());

		Document page = page(post(new WebSession(mvc), clientAddress(), link, "password", PASSWORD, "confirmation",
				PASSWORD, "consent", "true"));

		assertThat(page.select("h1").text()).isEqualTo("Ce lien ne fonctionne plus");
		assertThat(members.accountOf(member.person().value())).isEmpty();
		assertThat(people.find(member.person()).orElseThrow().email()).isNull();
		assertThat(consents.currentState(DataSubjectRef.person(member.person().toString()))).isEmpty();
	}

	@Test
	void aSecondRequestWithinAMinuteIsToldToWaitAndSendsNothing() throws Exception {
		Member member = activeMember();
		String first = newAddress();
		throughStep2(member, first);

		WebSession again = new WebSession(mvc);
		String ip = clientAddress();
		identify(again, ip, "Lefèvre", "Marie Anne", "14/07/1980", member.memberNumber());
		String second = newAddress();
		MockHttpServletResponse response = post(again, ip, "/activation/coordonnees", "email", second, "phone", "");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(page(response).select("#too-soon").text())
			.isEqualTo("Un lien d’activation vient d’être envoyé pour cette adhésion. Consultez votre messagerie, "
					+ "ou attendez une minute avant d’en demander un nouveau.");
		OutboxDelivery.deliverDue(context);
		assertThat(mailbox.messagesTo(second)).isEmpty();

		// The recognition is kept: a minute later the same form sends the link.
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(post(again, ip, "/activation/coordonnees", "email", second, "phone", "").getRedirectedUrl())
			.isEqualTo("/activation/courriel-envoye");
		assertThat(linkSentTo(second)).startsWith("/activation/lien/");
	}

	@Test
	void theAddressOnFileIsToldThatAnAccountWasCreatedWithAnother() throws Exception {
		Member member = activeMember();
		String onFile = newAddress();
		people.changeContact(member.person(), EmailAddress.of(onFile), null);
		String chosen = newAddress();
		String link = throughStep2(member, chosen);

		assertThat(post(new WebSession(mvc), clientAddress(), link, "password", PASSWORD, "confirmation", PASSWORD,
				"consent", "true")
			.getRedirectedUrl()).isEqualTo("/connexion?compteActive");

		OutboxDelivery.deliverDue(context);
		MimeMessage notice = mailbox.awaitMessage(onFile, 1);
		assertThat(notice.getSubject()).isEqualTo("Un compte a été créé pour votre adhésion");
		assertThat(OutboxDelivery.text(notice)).doesNotContain(chosen);
		assertThat(people.find(member.person()).orElseThrow().email()).isEqualTo(EmailAddress.of(chosen));
	}

	/** Steps 1 and 2 done; the path of the link e-mailed. */
	String throughStep2(Member member, String email) {
		WebSession browser = new WebSession(mvc);
		String ip = clientAddress();
		assertThat(
				identify(browser, ip, "Lefèvre", "Marie Anne", "14/07/1980", member.memberNumber()).getRedirectedUrl())
			.isEqualTo("/activation/coordonnees");
		assertThat(post(browser, ip, "/activation/coordonnees", "email", email, "phone", "").getRedirectedUrl())
			.isEqualTo("/activation/courriel-envoye");
		return linkSentTo(email);
	}

}
