package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.notification.OutboxDelivery;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The account side of member activation (issue 6): the e-mailed link (single use, 24
 * hours, hashed at rest), the mails that replace it when the person already has an
 * account or the address is taken, and the attempt limit of the recognition step with its
 * windows.
 */
@IdentityIntegrationTest
class MemberActivationLinkTests {

	static final String PASSWORD = "Ma-Phrase-Secrete-2026";

	@Autowired
	MemberAccounts members;

	@Autowired
	ActivationAttempts attempts;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext context;

	Mailbox mailbox;

	@BeforeEach
	void mailbox() {
		mailbox = new Mailbox(smtp);
	}

	static String newAddress() {
		return "adherent-" + UUID.randomUUID() + "@test.integrance.fr";
	}

	String linkSentTo(String address, int count) {
		OutboxDelivery.deliverDue(context);
		MimeMessage message = mailbox.awaitMessage(address, count);
		List<String> links = OutboxDelivery.links(message, "/activation/lien/");
		assertThat(links).hasSize(1);
		return links.get(0).substring("/activation/lien/".length());
	}

	@Test
	void linkCreatesTheAccountOnceAndTheMemberSignsIn() throws Exception {
		UUID person = UUID.randomUUID();
		String address = newAddress();
		members.startActivation(person, EmailAddress.of(address), PhoneNumber.parse("06 12 34 56 78"));
		String token = linkSentTo(address, 1);

		assertThat(members.activationLogin(token)).contains(EmailAddress.of(address));
		MemberActivationResult result = members.completeActivation(token, PASSWORD);

		assertThat(result).isInstanceOfSatisfying(MemberActivationResult.Activated.class, activated -> {
			assertThat(activated.personId()).isEqualTo(person);
			assertThat(activated.email()).isEqualTo(EmailAddress.of(address));
			assertThat(activated.phone()).isEqualTo(PhoneNumber.parse("0612345678"));
			assertThat(members.accountOf(person)).contains(activated.account());
		});
		assertThat(members.completeActivation(token, PASSWORD)).isInstanceOf(MemberActivationResult.InvalidLink.class);
		assertThat(members.activationLogin(token)).isEmpty();
		assertThat(new WebSession(mvc).post("/connexion", "identifiant", address, "motDePasse", PASSWORD)
			.getRedirectedUrl()).isEqualTo("/iadherent");
		OutboxDelivery.deliverDue(context);
		assertThat(mailbox.awaitMessage(address, 2).getSubject()).isEqualTo("Votre compte est créé");
	}

	@Test
	void linkExpiresAfter24Hours() {
		UUID person = UUID.randomUUID();
		String address = newAddress();
		members.startActivation(person, EmailAddress.of(address), null);
		String token = linkSentTo(address, 1);

		clock.advance(Duration.ofHours(24).plusSeconds(1));

		assertThat(members.activationLogin(token)).isEmpty();
		assertThat(members.completeActivation(token, PASSWORD)).isInstanceOf(MemberActivationResult.InvalidLink.class);
		assertThat(members.accountOf(person)).isEmpty();
	}

	@Test
	void weakPasswordKeepsTheLinkUsable() {
		String address = newAddress();
		members.startActivation(UUID.randomUUID(), EmailAddress.of(address), null);
		String token = linkSentTo(address, 1);

		assertThat(members.completeActivation(token, "soleil2024")).isInstanceOfSatisfying(
				MemberActivationResult.PasswordRejected.class,
				rejected -> assertThat(rejected.problems()).contains(PasswordProblem.TOO_WEAK));
		assertThat(members.completeActivation(token, PASSWORD)).isInstanceOf(MemberActivationResult.Activated.class);
	}

	@Test
	void aPersonWithAnAccountGetsAMailSayingSoInsteadOfALink() throws Exception {
		UUID person = UUID.randomUUID();
		members.activate(new MemberActivation(person, newAddress(), PASSWORD));
		String address = newAddress();

		members.startActivation(person, EmailAddress.of(address), null);

		OutboxDelivery.deliverDue(context);
		MimeMessage message = mailbox.awaitMessage(address, 1);
		assertThat(message.getSubject()).isEqualTo("Votre espace adhérent est déjà activé");
		assertThat(OutboxDelivery.links(message, "/activation/lien/")).isEmpty();
		assertThat(OutboxDelivery.text(message)).contains("/connexion");
	}

	@Test
	void anAddressAlreadyALoginGetsAMailSayingSo() throws Exception {
		String address = newAddress();
		members.activate(new MemberActivation(UUID.randomUUID(), address, PASSWORD));

		members.startActivation(UUID.randomUUID(), EmailAddress.of(address), null);

		OutboxDelivery.deliverDue(context);
		MimeMessage message = mailbox.awaitMessage(address, 1);
		assertThat(message.getSubject()).isEqualTo("Cette adresse e-mail est déjà utilisée");
		assertThat(OutboxDelivery.links(message, "/activation/lien/")).isEmpty();
	}

	@Test
	void oneLinkAMinuteAtMostPerPerson() {
		UUID person = UUID.randomUUID();
		String address = newAddress();
		assertThat(members.startActivation(person, EmailAddress.of(address), null))
			.isEqualTo(ActivationLinkRequest.SENT);
		assertThat(members.startActivation(person, EmailAddress.of(address), null))
			.isEqualTo(ActivationLinkRequest.TOO_SOON);
		OutboxDelivery.deliverDue(context);
		assertThat(mailbox.messagesTo(address)).hasSize(1);

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(members.startActivation(person, EmailAddress.of(address), null))
			.isEqualTo(ActivationLinkRequest.SENT);
		String second = linkSentTo(address, 2);
		assertThat(members.activationLogin(second)).isPresent();
	}

	@Test
	void aNewLinkEndsThePersonsEarlierUnusedOnes() {
		UUID person = UUID.randomUUID();
		String stranger = newAddress();
		members.startActivation(person, EmailAddress.of(stranger), null);
		String stale = linkSentTo(stranger, 1);

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		String owner = newAddress();
		members.startActivation(person, EmailAddress.of(owner), null);
		String fresh = linkSentTo(owner, 1);

		assertThat(members.activationLogin(stale)).isEmpty();
		assertThat(members.completeActivation(stale, PASSWORD)).isInstanceOf(MemberActivationResult.InvalidLink.class);
		assertThat(members.accountOf(person)).isEmpty();
		assertThat(members.completeActivation(fresh, PASSWORD)).isInstanceOf(MemberActivationResult.Activated.class);
	}

	@Test
	void tenFailuresInADayLimitAMemberNumberEvenSpreadOverShortWindows() {
		String number = uniqueNumber();
		for (int i = 0; i < 10; i++) {
			if (i % 4 == 0) {
				clock.advance(Duration.ofMinutes(16));
			}
			assertThat(attempts.limited(uniqueAddress(), number)).isFalse();
			attempts.recordFailure(uniqueAddress(), number);
		}
		clock.advance(Duration.ofMinutes(16));

		assertThat(attempts.limited(uniqueAddress(), number)).isTrue();

		clock.advance(Duration.ofHours(23));
		assertThat(attempts.limited(uniqueAddress(), number)).isTrue();
		clock.advance(Duration.ofHours(1));
		assertThat(attempts.limited(uniqueAddress(), number)).isFalse();
	}

	@Test
	void addressesOfOneIpv6Slash64ShareTheirCount() {
		String network = "2001:db8:" + Integer.toHexString(Math.floorMod(UUID.randomUUID().hashCode(), 0xffff)) + ":";
		String prefix = network + "1:";
		for (int i = 0; i < 20; i++) {
			String address = prefix + Integer.toHexString(i + 1) + "::" + Integer.toHexString(i * 7 + 3);
			assertThat(attempts.limited(address, uniqueNumber())).isFalse();
			attempts.recordFailure(address, uniqueNumber());
		}

		assertThat(attempts.limited(prefix + "ffff:eeee:dddd:cccc", uniqueNumber())).isTrue();
		assertThat(attempts.limited(network + "2::1", uniqueNumber())).isFalse();
	}

	@Test
	void fiveFailuresForAMemberNumberLimitItForFifteenMinutes() {
		String number = uniqueNumber();
		for (int i = 0; i < 5; i++) {
			assertThat(attempts.limited(uniqueAddress(), number)).isFalse();
			attempts.recordFailure(uniqueAddress(), number);
		}

		assertThat(attempts.limited(uniqueAddress(), number)).isTrue();
		assertThat(attempts.limited(uniqueAddress(), uniqueNumber())).isFalse();

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(attempts.limited(uniqueAddress(), number)).isFalse();
	}

	@Test
	void twentyFailuresFromAnAddressLimitItForAnHour() {
		String address = uniqueAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(attempts.limited(address, uniqueNumber())).isFalse();
			attempts.recordFailure(address, uniqueNumber());
		}

		assertThat(attempts.limited(address, uniqueNumber())).isTrue();
		assertThat(attempts.limited(uniqueAddress(), uniqueNumber())).isFalse();

		clock.advance(Duration.ofMinutes(59));
		assertThat(attempts.limited(address, uniqueNumber())).isTrue();
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(attempts.limited(address, uniqueNumber())).isFalse();
	}

	@Test
	void identityMailsWaitInTheOutboxUntilDispatched() throws Exception {
		String address = newAddress();
		members.activate(new MemberActivation(UUID.randomUUID(), address, PASSWORD));

		assertThat(new WebSession(mvc).post("/mot-de-passe-oublie", "email", address).getStatus()).isLessThan(400);

		assertThat(mailbox.messagesTo(address)).isEmpty();
		OutboxDelivery.deliverDue(context);
		MimeMessage message = mailbox.awaitMessage(address, 1);
		assertThat(message.getSubject()).isEqualTo("Réinitialisation de votre mot de passe");
		assertThat(OutboxDelivery.text(message)).contains("valable 30 minutes").contains("/mot-de-passe-oublie/");
	}

	static String uniqueNumber() {
		return String.format("%010d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000_000L));
	}

	static String uniqueAddress() {
		UUID random = UUID.randomUUID();
		return "10." + Math.floorMod(random.getMostSignificantBits(), 256) + "."
				+ Math.floorMod(random.getLeastSignificantBits(), 256) + "." + Math.floorMod(random.hashCode(), 256);
	}

}
