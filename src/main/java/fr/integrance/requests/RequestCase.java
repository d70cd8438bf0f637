package fr.integrance.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A request as a case: its type and the register purpose it is processed under, where it came
 * from, its status, and what the sender sent as a typed payload serialised to JSON. The sender's
 * name and e-mail are kept in their own columns so that the case can be answered and found for
 * an access or erasure request without parsing the payload.
 */
@Entity
@Table(name = "request_case")
class RequestCase {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "reference", nullable = false, length = 32, unique = true)
	@NotPersonalData("a case number, meaningless without the case")
	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(name = "request_type", nullable = false, length = 32)
	@NotPersonalData
	private RequestType type;

	@Column(name = "purpose_id", nullable = false, length = 100)
	@NotPersonalData("a register purpose id")
	private String purposeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false, length = 32)
	@NotPersonalData
	private RequestChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 32)
	@NotPersonalData
	private RequestStatus status;

	@Column(name = "submitted_at", nullable = false)
	@NotPersonalData
	private Instant submittedAt;

	@Column(name = "submitter_name", nullable = false, length = 210)
	@PersonalData(category = "identification")
	private String submitterName;

	@Column(name = "submitter_email", nullable = false, length = 254)
	@PersonalData(category = "identification")
	private String submitterEmail;

	@Column(name = "reply_language", nullable = false, length = 8)
	@NotPersonalData
	private String replyLanguage;

	/** JSON of the typed payload: identity, family situation, scheme, dependants or the question asked. */
	@Column(name = "payload", nullable = false, length = 100_000)
	@PersonalData(category = "personal-life")
	private String payload;

	protected RequestCase() {
	}

	RequestCase(UUID id, String reference, RequestType type, RequestChannel channel, Instant submittedAt,
			String submitterName, String submitterEmail, String replyLanguage, String payload) {
		this.id = id;
		this.reference = reference;
		this.type = type;
		this.purposeId = type.purposeOn(channel);
		this.channel = channel;
		this.status = RequestStatus.SUBMITTED;
		this.submittedAt = submittedAt;
		this.submitterName = submitterName;
		this.submitterEmail = submitterEmail;
		this.replyLanguage = replyLanguage;
		this.payload = payload;
	}

	UUID id() {
		return id;
	}

	String reference() {
		return reference;
	}

	RequestType type() {
		return type;
	}

	String purposeId() {
		return purposeId;
	}

	RequestChannel channel() {
		return channel;
	}

	RequestStatus status() {
		return status;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	String submitterName() {
		return submitterName;
	}

	String submitterEmail() {
		return submitterEmail;
	}

	String replyLanguage() {
		return replyLanguage;
	}

	String payload() {
		return payload;
	}

	@Override
	public String toString() {
		return "RequestCase[" + reference + ", " + type + ", " + status + "]";
	}
}
