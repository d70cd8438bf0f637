package fr.integrance.notification;

import java.util.Optional;

/**
 * The way every module sends e-mail: a transactional outbox.
 * <p>
 * {@link #enqueue} renders the mail and writes it as a row in the caller's transaction
 * (it joins it, or opens one when there is none). Nothing is sent then: if the business
 * change rolls back, the mail disappears with it; once it commits, the mail is in the
 * database before any attempt to send it, so that no mail is lost when the application
 * stops or the SMTP server is down.
 * <p>
 * A dispatcher, scheduled every few seconds on one node at a time (ShedLock), takes the
 * due rows one by one: it <em>claims</em> a row by a conditional update
 * ({@code PENDING → SENDING}, with a claim token and time) that only one dispatcher can
 * win, sends it, then marks it {@code SENT} with the time. A failure puts it back to
 * {@code PENDING} with an exponential back-off (first retry after
 * {@code app.notification.mail.first-retry-delay}, doubling up to
 * {@code max-retry-delay}); after {@code max-attempts} it is {@code FAILED}, logged with
 * its id only. An address the server refuses for good fails at once.
 * <p>
 * <b>Delivery guarantee, honestly.</b> Sending over SMTP and writing {@code SENT} in the
 * database cannot be one atomic step. The outbox makes delivery <em>at least once</em>,
 * and exactly once in every case but one: a node that dies (or loses the database) after
 * the SMTP server accepted a mail and before {@code SENT} is committed leaves the row
 * {@code SENDING}; when its lease ({@code app.notification.mail.lease}) runs out, another
 * dispatcher sends it again. Both copies carry the same {@code Message-ID}
 * ({@code <outbox id@domain>}), which mail systems use to drop duplicates, so the person
 * usually sees one. A mail whose last attempt ends that way is marked {@code FAILED}
 * rather than sent a further time.
 * <p>
 * <b>Retention.</b> Subject and bodies are encrypted at rest, emptied
 * {@code app.notification.mail.body-retention} (30 days by default) after the mail was
 * sent or given up, and the row (recipient, template, times) deleted after
 * {@code app.notification.mail.record-retention} (one year by default).
 */
public interface MailOutbox {

	/**
	 * Renders {@code mail} and adds it to the outbox in the current transaction.
	 * @return the id of the outbox row, also the root of the mail's {@code Message-ID}
	 * @throws IllegalArgumentException when the template or the subject key does not
	 * exist, or a rendered body is too large to store
	 */
	MailId enqueue(OutgoingMail mail);

	/**
	 * Where the mail stands; empty once its row has been deleted at the end of its
	 * retention.
	 */
	Optional<MailDelivery> delivery(MailId id);

}
