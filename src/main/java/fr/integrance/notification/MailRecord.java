package fr.integrance.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One e-mail of the outbox as its recipient may see it (access, GDPR Art. 15): to whom,
 * which template, where it stands, and its subject and text while the outbox still holds
 * them (emptied after the body retention). {@link #toString()} shows no content.
 *
 * @param id the outbox id
 * @param recipient the address it was sent to
 * @param template the template's name
 * @param status where it stands
 * @param createdAt when it was put in the outbox
 * @param sentAt when the SMTP server accepted it, or null
 * @param subject the subject, null once purged
 * @param text the plain-text body, null once purged
 */
public record MailRecord(MailId id, String recipient, String template, MailStatus status, Instant createdAt,
		Instant sentAt, String subject, String text) {

	public MailRecord {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(status, "status");
	}

	@Override
	public String toString() {
		return "MailRecord[" + id + ", " + template + ", " + status + "]";
	}
}
