package fr.integrance.notification.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.integrance.notification.MailStatus;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;

/**
 * The notification module's test bridge to its package-private dispatcher, for its public
 * test fixture {@link fr.integrance.notification.OutboxDelivery}.
 */
public final class Dispatch {

	private Dispatch() {
	}

	/** Sends every due mail now; returns how many were sent. */
	public static int due(ApplicationContext context) {
		// One run takes a batch, oldest first. On the PostgreSQL suite's shared database
		// the
		// mails other test contexts left behind (which this context cannot decrypt: each
		// has its own keys) can fill whole batches before this test's own; each failed
		// attempt moves them past now, so runs go on until nothing due is left.
		MailDispatcher dispatcher = context.getBean(MailDispatcher.class);
		int sent = 0;
		for (int run = 0; run < MAX_RUNS && dispatcher.hasDue(); run++) {
			sent += dispatcher.dispatchDue();
		}
		return sent;
	}

	private static final int MAX_RUNS = 50;

	/**
	 * The outbox's mails to an address (compared without case), whatever their status. On
	 * PostgreSQL the test contexts share one database but each has its own keys: a mail
	 * another context queued to the same address (the DPO's, say) does not decrypt here,
	 * and is not this context's: it is left out.
	 */
	public static List<QueuedMail> to(ApplicationContext context, String address) {
		FieldEncryption encryption = context.getBean(FieldEncryption.class);
		return JdbcClient.create(context.getBean(javax.sql.DataSource.class))
			.sql("SELECT id, status, subject, text_body FROM " + OutboxMails.TABLE
					+ " WHERE lower(recipient) = lower(:address) ORDER BY created_at, id")
			.param("address", address)
			.query((rs, row) -> {
				String id = rs.getString("id");
				try {
					return java.util.Optional
						.of(new QueuedMail(UUID.fromString(id), MailStatus.valueOf(rs.getString("status")),
								decrypt(encryption, rs.getString("subject"), "subject", id),
								decrypt(encryption, rs.getString("text_body"), "text_body", id)));
				}
				catch (fr.integrance.platform.DecryptionFailedException foreign) {
					return java.util.Optional.<QueuedMail>empty();
				}
			})
			.list()
			.stream()
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	private static String decrypt(FieldEncryption encryption, String value, String column, String id) {
		return value == null ? null : encryption.decrypt(value, new FieldContext(OutboxMails.TABLE, column, id));
	}

}
