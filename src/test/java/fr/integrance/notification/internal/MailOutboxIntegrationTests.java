package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import fr.integrance.IntegrationTest;
import fr.integrance.notification.MailDelivery;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailStatus;
import fr.integrance.notification.OutgoingMail;

/**
 * The outbox's transaction guarantees: a mail goes out if and only if the caller's change
 * commits.
 */
@IntegrationTest
class MailOutboxIntegrationTests extends OutboxTestSupport {

	@Test
	void enqueueInARolledBackTransactionSendsNothing() {
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(notice("annulee@example.org"));
			status.setRollbackOnly();
		});

		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(received()).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM " + OutboxMails.TABLE).query(Long.class).single()).isZero();
	}

	@Test
	void enqueuedMailStaysInvisibleToTheDispatcherUntilTheCallerCommits() throws Exception {
		ExecutorService otherNode = Executors.newSingleThreadExecutor();
		try {
			MailId id = transactions.execute(status -> {
				MailId enqueued = outbox.enqueue(notice("attente@example.org"));
				// the business change is not committed yet: a dispatcher elsewhere sees
				// no mail
				int sentMeanwhile = waitFor(otherNode.submit(dispatcher::dispatchDue));
				assertThat(sentMeanwhile).isZero();
				return enqueued;
			});

			assertThat(waitFor(otherNode.submit(dispatcher::dispatchDue))).isEqualTo(1);
			assertThat(received()).hasSize(1);
			assertThat(outbox.delivery(id)).map(MailDelivery::status).contains(MailStatus.SENT);
		}
		finally {
			otherNode.shutdownNow();
		}
	}

	@Test
	void committedMailIsSentOnceWithAMessageIdDerivedFromItsOutboxId() throws Exception {
		MailId id = enqueueCommitted(notice("marie.dupont@example.org"));
		assertThat(outbox.delivery(id)).map(MailDelivery::status).contains(MailStatus.PENDING);

		assertThat(dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(dispatcher.dispatchDue()).isZero();

		List<MimeMessage> received = received();
		assertThat(received).hasSize(1);
		MimeMessage message = received.get(0);
		assertThat(message.getMessageID()).isEqualTo("<" + id.value() + "@integrance.fr>");
		assertThat(message.getSubject()).isEqualTo("Un message de Mutuelle Intégrance");
		assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("marie.dupont@example.org");
		assertThat(message.getFrom()[0].toString()).contains("ne-pas-repondre@integrance.fr");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(message.getSentDate().toInstant()).isEqualTo(NotificationTestConfiguration.START);
		String content = MimeParts.text(message) + MimeParts.html(message);
		assertThat(MimeParts.text(message)).contains("Bonjour Marie,")
			.contains("Ce message vous est envoyé automatiquement");
		assertThat(MimeParts.html(message)).contains("<p>Bonjour Marie,</p>").contains("lang=\"fr\"");
		assertThat(content).contains("https://www.integrance.fr/politique-de-confidentialite");
		assertThat(message.getContent()).isInstanceOf(Multipart.class);

		MailDelivery delivery = outbox.delivery(id).orElseThrow();
		assertThat(delivery.status()).isEqualTo(MailStatus.SENT);
		assertThat(delivery.attempts()).isEqualTo(1);
		assertThat(delivery.sentAt()).contains(NotificationTestConfiguration.START);
	}

	@Test
	void subjectAndBodiesAreEncryptedAtRest() {
		MailId id = enqueueCommitted(notice("chiffre@example.org"));

		var row = jdbc
			.sql("SELECT recipient, subject, text_body, html_body FROM " + OutboxMails.TABLE + " WHERE id = :id")
			.param("id", id.value())
			.query()
			.singleRow();

		assertThat(row.get("recipient")).isEqualTo("chiffre@example.org");
		assertThat(List.of(row.get("subject"), row.get("text_body"), row.get("html_body")))
			.allSatisfy(value -> assertThat((String) value).startsWith("v1:").doesNotContain("Bonjour"));
	}

	@Test
	void dispatcherRefusesToRunInsideATransaction() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> dispatcher.dispatchDue()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void englishMailWhenTheRecipientPrefersEnglish() throws Exception {
		enqueueCommitted(notice("john.smith@example.org").withLocale(java.util.Locale.ENGLISH));

		dispatcher.dispatchDue();

		MimeMessage message = received().get(0);
		assertThat(message.getSubject()).isEqualTo("A message from Mutuelle Intégrance");
		assertThat(MimeParts.text(message)).contains("Hello Marie,").contains("This message was sent automatically");
		assertThat(MimeParts.html(message)).contains("lang=\"en\"");
	}

	@Test
	void unknownTemplateOrSubjectFailsInTheCallersTransaction() {
		OutgoingMail unknownTemplate = OutgoingMail.of(notice("x@example.org").to(), "mail.notice.subject",
				"does-not-exist", java.util.Map.of());
		OutgoingMail unknownSubject = OutgoingMail.of(notice("x@example.org").to(), "mail.no-such-subject",
				OutgoingMail.NOTICE_TEMPLATE, java.util.Map.of());

		assertThatThrownBy(() -> enqueueCommitted(unknownTemplate)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("does-not-exist");
		assertThatThrownBy(() -> enqueueCommitted(unknownSubject)).isInstanceOf(IllegalArgumentException.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM " + OutboxMails.TABLE).query(Long.class).single()).isZero();
	}

	/**
	 * The other thread's result; bounded so that a lock wait fails the test instead of
	 * hanging it.
	 */
	private static <T> T waitFor(java.util.concurrent.Future<T> future) {
		try {
			return future.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
