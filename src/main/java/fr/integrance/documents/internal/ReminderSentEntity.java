package fr.integrance.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.integrance.documents.DocumentViews.DueNotice;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.VersionedRecord;

/**
 * An alert or a reminder of a document sent for a date: sent once per document, kind and
 * date (a unique constraint), sent again only when the date changes.
 */
@Entity
@Table(name = "document_reminder_sent")
class ReminderSentEntity extends VersionedRecord {

	@NotPersonalData
	@Column(name = "document_id")
	private UUID documentId;

	@NotPersonalData(value = "alert or reminder", context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "kind")
	private DueNotice.Kind kind;

	@PersonalData(category = "documents")
	@Column(name = "due_date")
	private LocalDate dueDate;

	@NotPersonalData(context = true)
	@Column(name = "sent_at")
	private Instant sentAt;

	protected ReminderSentEntity() {
	}

	ReminderSentEntity(UUID id, UUID documentId, DueNotice.Kind kind, LocalDate dueDate, Instant sentAt) {
		super(id, sentAt);
		this.documentId = documentId;
		this.kind = kind;
		this.dueDate = dueDate;
		this.sentAt = sentAt;
	}

	UUID documentId() {
		return documentId;
	}

	DueNotice.Kind kind() {
		return kind;
	}

	LocalDate dueDate() {
		return dueDate;
	}

}
