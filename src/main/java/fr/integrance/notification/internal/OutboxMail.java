package fr.integrance.notification.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.notification.MailStatus;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A row of {@code notification_mail_outbox} as {@link DefaultMailOutbox#enqueue} writes
 * it, through JPA so that it joins the caller's persistence context and transaction. The
 * dispatcher's claims and status changes are conditional SQL updates
 * ({@link OutboxMails}), not entity changes: a compare-and-set on the row is what makes
 * two dispatchers safe.
 */
@Entity
@Table(name = "notification_mail_outbox")
class OutboxMail {

	@Id
	@NotPersonalData(value = "a random id; also the root of the Message-ID header", context = true)
	private UUID id;

	@Column(name = "recipient", nullable = false, length = 254)
	@PersonalData(category = "identification")
	private String recipient;

	@Column(name = "template", nullable = false, length = 100)
	@NotPersonalData(value = "the name of a template, the same for every recipient", context = true)
	private String template;

	@Column(name = "subject", length = 2000)
	@PersonalData(category = "documents", encrypted = true)
	private String subject;

	@Column(name = "text_body", length = 1_000_000)
	@PersonalData(category = "documents", encrypted = true)
	private String textBody;

	@Column(name = "html_body", length = 1_000_000)
	@PersonalData(category = "documents", encrypted = true)
	private String htmlBody;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 10)
	@NotPersonalData(context = true)
	private MailStatus status;

	@Column(name = "attempts", nullable = false)
	@NotPersonalData
	private int attempts;

	@Column(name = "created_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	@NotPersonalData
	private Instant nextAttemptAt;

	@Column(name = "claimed_at")
	@NotPersonalData
	private @Nullable Instant claimedAt;

	@Column(name = "claim_token")
	@NotPersonalData("a random token of the dispatcher run holding the row")
	private @Nullable UUID claimToken;

	@Column(name = "sent_at")
	@NotPersonalData(context = true)
	private @Nullable Instant sentAt;

	@Column(name = "failed_at")
	@NotPersonalData
	private @Nullable Instant failedAt;

	@Column(name = "purged_at")
	@NotPersonalData
	private @Nullable Instant purgedAt;

	@Column(name = "last_error", length = 200)
	@NotPersonalData("exception class names only, never the server's reply, which may quote the address")
	private @Nullable String lastError;

	protected OutboxMail() {
	}

	/** A new mail, due at once; subject and bodies already encrypted for this id. */
	OutboxMail(UUID id, String recipient, String template, String encryptedSubject, String encryptedText,
			String encryptedHtml, Instant now) {
		this.id = id;
		this.recipient = recipient;
		this.template = template;
		this.subject = encryptedSubject;
		this.textBody = encryptedText;
		this.htmlBody = encryptedHtml;
		this.status = MailStatus.PENDING;
		this.attempts = 0;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	UUID id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	/** Sent, or given up: the outbox has nothing more to do with it. */
	boolean finished() {
		return status == MailStatus.SENT || status == MailStatus.FAILED;
	}

}
