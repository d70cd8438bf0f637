package fr.integrance.dpo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.JournalIntegrity;
import fr.integrance.audit.JournalGuardBypass;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.WebSession;

/**
 * The DPO's home page shows the audit journal's state and verifies it on demand; a break
 * shows there (first bad entry, what is wrong, when) and reaches the DPO by mail, at the
 * register's address.
 */
@IdentityIntegrationTest
class DpoJournalPageTests {

	private static final String DPO_ADDRESS = "dpo@integrance.fr";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditJournal journal;

	@Autowired
	JournalIntegrity integrity;

	@Autowired
	DataSource dataSource;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext context;

	WebSession dpo;

	long tampered;

	/**
	 * H2 only: the PostgreSQL suite shares one database between test contexts, each with
	 * its own journal key, so the journal there is never intact as a whole; the keyed
	 * chain itself is checked on PostgreSQL by JournalTamperingDetectionTests.
	 */
	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	String url;

	@BeforeEach
	void signIn() {
		org.junit.jupiter.api.Assumptions.assumeFalse(url.startsWith("jdbc:postgresql"),
				"one journal key per database");
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
	}

	@AfterEach
	void restoreTheJournal() {
		if (url.startsWith("jdbc:postgresql")) {
			return;
		}
		if (tampered > 0) {
			JournalGuardBypass.execute(dataSource, "UPDATE audit_entry SET outcome = 'SUCCESS' WHERE sequence = ?",
					tampered);
		}
		assertThat(integrity.verifyNow().ok()).isTrue();
	}

	@Test
	void homeVerifiesTheJournalOnDemandAndShowsItIntact() {
		Document before = page();
		assertThat(before.text()).doesNotContain("bientôt");
		assertThat(before.select("form[action=/dpo/journal/verification] input[name=_csrf]")).hasSize(1);

		MockHttpServletResponse response = dpo.post("/dpo/journal/verification");
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/dpo");

		Document after = page();
		assertThat(after.select("#journal-etat").attr("data-state")).isEqualTo("intact");
		assertThat(after.select("#journal-etat").text()).contains("Intact").contains("Dernière vérification");
	}

	@Test
	void aBreakShowsOnTheHomePageAndAlertsTheDpoByMail() {
		tampered = journal.record(AuditEvent.success(AuditActor.system("dpo-page-test"), AuditAction.DATA_CHANGED));
		JournalGuardBypass.execute(dataSource, "UPDATE audit_entry SET outcome = 'DENIED' WHERE sequence = ?",
				tampered);
		Mailbox mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context));
		int mailsBefore = mailbox.messagesTo(DPO_ADDRESS).size();

		assertThat(dpo.post("/dpo/journal/verification").getStatus()).isEqualTo(302);

		Document home = page();
		String number = new MessageFormat("{0}", Locale.FRENCH).format(new Object[] { tampered });
		assertThat(home.select("#journal-etat").attr("data-state")).isEqualTo("broken");
		assertThat(home.select("#journal-etat").text()).contains("ALTÉRÉ : première entrée en cause n° " + number)
			.contains("elle a été modifiée")
			.contains("à la demande");
		assertThat(home.select("[role=alert]").text()).contains("le journal est altéré");

		MimeMessage alert = mailbox.awaitMessage(DPO_ADDRESS, mailsBefore + 1);
		assertThat(Mailbox.body(alert)).contains("Première entrée en cause : n° " + number)
			.contains("elle a été modifiée");
	}

	@Test
	void verificationNeedsTheCsrfToken() {
		assertThat(dpo.postWithoutCsrf("/dpo/journal/verification").getStatus()).isEqualTo(403);
	}

	private Document page() {
		MockHttpServletResponse response = dpo.get("/dpo");
		assertThat(response.getStatus()).isEqualTo(200);
		try {
			return Jsoup.parse(response.getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
