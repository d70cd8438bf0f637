package fr.integrance.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one e-mail of the outbox stands, without its content: for a page that says "we
 * sent you a mail" truthfully, or for the DPO's console.
 *
 * @param id the outbox id
 * @param status where it stands
 * @param attempts how many times a dispatcher took it to send it
 * @param nextAttemptAt when a {@link MailStatus#PENDING} mail is due
 * @param sentAt when the SMTP server accepted it, if it did
 */
public record MailDelivery(MailId id, MailStatus status, int attempts, Instant nextAttemptAt,
		Optional<Instant> sentAt) {

	public MailDelivery {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
		Objects.requireNonNull(sentAt, "sentAt");
	}
}
