package fr.integrance.rights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.rights.RightsRequestSubmission;

/**
 * A data-subject rights request as received: which right, on which processing, from whom,
 * and the date it must be answered by (one calendar month after receipt, GDPR Art.
 * 12(3)).
 */
@Entity
@Table(name = "rights_request")
class RightsRequest {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "reference", nullable = false, length = 32, unique = true)
	@NotPersonalData(value = "a request number, meaningless without the request", context = true)
	private String reference;

	@Column(name = "right_id", nullable = false, length = 64)
	@NotPersonalData(value = "a register right id", context = true)
	private String rightId;

	@Column(name = "scope", nullable = false, length = 100)
	@NotPersonalData(value = "a register purpose id or 'all'", context = true)
	private String scope;

	/** Free text from the requester: may say anything about them. */
	@Column(name = "message", length = 4000)
	@PersonalData(category = "personal-life")
	private @Nullable String message;

	@Column(name = "requester_first_name", nullable = false, length = 100)
	@PersonalData(category = "identification")
	private String requesterFirstName;

	@Column(name = "requester_last_name", nullable = false, length = 100)
	@PersonalData(category = "identification")
	private String requesterLastName;

	@Column(name = "requester_email", nullable = false, length = 254)
	@PersonalData(category = "identification")
	private String requesterEmail;

	@Column(name = "member_number", length = 32)
	@PersonalData(category = "identification")
	private @Nullable String memberNumber;

	@Column(name = "channel", nullable = false, length = 32)
	@NotPersonalData
	private String channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private RightsRequestStatus status;

	@Column(name = "received_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant receivedAt;

	@Column(name = "due_date", nullable = false)
	@NotPersonalData(context = true)
	private LocalDate dueDate;

	@Column(name = "reply_language", nullable = false, length = 8)
	@NotPersonalData
	private String replyLanguage;

	/** The outbox mail that acknowledged the request; null until it is enqueued. */
	@Column(name = "acknowledgement_mail_id")
	@NotPersonalData("technical id of an outbox mail")
	private @Nullable UUID acknowledgementMail;

	protected RightsRequest() {
	}

	RightsRequest(UUID id, String reference, RightsRequestSubmission submission, String channel, Instant receivedAt,
			LocalDate dueDate) {
		this.id = id;
		this.reference = reference;
		this.rightId = submission.rightId();
		this.scope = submission.scope();
		this.message = submission.message();
		this.requesterFirstName = submission.firstName();
		this.requesterLastName = submission.lastName();
		this.requesterEmail = submission.email();
		this.memberNumber = submission.memberNumber();
		this.channel = channel;
		this.status = RightsRequestStatus.RECEIVED;
		this.receivedAt = receivedAt;
		this.dueDate = dueDate;
		this.replyLanguage = submission.language() == null ? "fr" : submission.language();
	}

	UUID id() {
		return id;
	}

	String reference() {
		return reference;
	}

	String rightId() {
		return rightId;
	}

	String requesterEmail() {
		return requesterEmail;
	}

	LocalDate dueDate() {
		return dueDate;
	}

	String replyLanguage() {
		return replyLanguage;
	}

	@Nullable UUID acknowledgementMail() {
		return acknowledgementMail;
	}

	void acknowledged(UUID mail) {
		acknowledgementMail = mail;
	}

	@Override
	public String toString() {
		return "RightsRequest[" + reference + ", " + rightId + ", " + status + ", due " + dueDate + "]";
	}

}
