package fr.integrance.notification.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.notification.MailId;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.testsupport.MutableClock;

/**
 * Shared fixture of the outbox integration tests: an empty outbox, lock table and
 * mailbox, and the clock at {@link NotificationTestConfiguration#START} before each test.
 * The outbox table is emptied because the PostgreSQL suite shares one database between
 * all test contexts.
 */
@Import(NotificationTestConfiguration.class)
abstract class OutboxTestSupport {

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	OutboxMails mails;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	NotificationProperties properties;

	@Value("${app.mail.from}")
	String from;

	@org.junit.jupiter.api.BeforeEach
	void emptyOutboxAndMailbox() throws Exception {
		jdbc.sql("DELETE FROM " + OutboxMails.TABLE).update();
		releaseLocks();
		greenMail.purgeEmailFromAllMailboxes();
		clock.set(NotificationTestConfiguration.START);
	}

	/**
	 * Releases every ShedLock lock. Rows are expired, never deleted: the lock provider
	 * remembers which rows it created and only updates them afterwards.
	 */
	void releaseLocks() {
		jdbc.sql("UPDATE shedlock SET lock_until = :past")
			.param("past", java.time.LocalDateTime.of(2000, 1, 1, 0, 0))
			.update();
	}

	/** A French notice to {@code to}. */
	static OutgoingMail notice(String to) {
		return OutgoingMail
			.notice(EmailAddress.of(to), "mail.notice.subject", "Marie", MailText.of("mail.footer.automatic"))
			.withSubjectArguments("Mutuelle Intégrance");
	}

	/** Enqueues in a transaction of its own, committed. */
	MailId enqueueCommitted(OutgoingMail mail) {
		return transactions.execute(status -> outbox.enqueue(mail));
	}

	/**
	 * A dispatcher as a freshly started node would build it: same database, its own
	 * sender.
	 */
	MailDispatcher freshDispatcher(JavaMailSender sender, NotificationProperties settings) {
		return new MailDispatcher(mails, sender, settings, clock, from);
	}

	List<MimeMessage> received() {
		return Arrays.asList(greenMail.getReceivedMessages());
	}

	static List<String> messageIds(List<MimeMessage> messages) {
		return messages.stream().map(message -> {
			try {
				return message.getMessageID();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	String status(MailId id) {
		return jdbc.sql("SELECT status FROM " + OutboxMails.TABLE + " WHERE id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

}
