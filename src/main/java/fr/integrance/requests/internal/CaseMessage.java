package fr.integrance.requests.internal;

import org.jspecify.annotations.Nullable;

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
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.MessageDirection;

/**
 * A message of the thread between staff and the sender of a case. Never changed once
 * written.
 */
@Entity
@Table(name = "request_message")
class CaseMessage {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@NotPersonalData
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "direction", nullable = false, length = 16)
	@NotPersonalData(context = true)
	private MessageDirection direction;

	@Column(name = "author_id")
	@NotPersonalData("a staff account id, null for the sender")
	private @Nullable UUID authorId;

	@Column(name = "written_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant writtenAt;

	@Column(name = "body", nullable = false, length = 10_000)
	@PersonalData(category = "documents")
	private String body;

	@Column(name = "mail_id")
	@NotPersonalData("the outbox mail that carried it")
	private @Nullable UUID mailId;

	protected CaseMessage() {
	}

	CaseMessage(UUID caseId, MessageDirection direction, @Nullable UUID authorId, Instant writtenAt, String body,
			@Nullable UUID mailId) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.direction = direction;
		this.authorId = authorId;
		this.writtenAt = writtenAt;
		this.body = body;
		this.mailId = mailId;
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	/** The message as the case's thread shows it. */
	CaseDetails.Message toMessage() {
		return new CaseDetails.Message(direction, authorId, writtenAt, body);
	}

	@Override
	public String toString() {
		return "CaseMessage[" + direction + "]";
	}

}
