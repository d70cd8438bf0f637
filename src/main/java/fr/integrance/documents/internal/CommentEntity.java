package fr.integrance.documents.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import fr.integrance.documents.CommentId;
import fr.integrance.documents.DocumentActor;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.VersionedRecord;

/** A comment on a document, editable by its author only. */
@Entity
@Table(name = "document_comment")
class CommentEntity extends VersionedRecord {

	@NotPersonalData
	@Column(name = "document_id")
	private UUID documentId;

	@NotPersonalData(value = "owner, guardian agent or staff", context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "author_kind")
	private DocumentActor.Kind authorKind;

	@NotPersonalData("a reference to the author's account")
	@Column(name = "author_account_id")
	private UUID authorAccountId;

	@PersonalData(category = "documents")
	@Column(name = "body")
	private String body;

	@NotPersonalData(context = true)
	@Column(name = "written_at")
	private Instant writtenAt;

	@NotPersonalData(context = true)
	@Column(name = "edited_at")
	private @Nullable Instant editedAt;

	protected CommentEntity() {
	}

	CommentEntity(UUID id, UUID documentId, DocumentActor author, String body, Instant writtenAt) {
		super(id, writtenAt);
		this.documentId = documentId;
		this.authorKind = author.kind();
		this.authorAccountId = author.accountId();
		this.body = body;
		this.writtenAt = writtenAt;
	}

	void edit(String newBody, Instant at) {
		this.body = newBody;
		this.editedAt = at;
	}

	CommentId commentId() {
		return new CommentId(id());
	}

	UUID documentId() {
		return documentId;
	}

	DocumentActor.Kind authorKind() {
		return authorKind;
	}

	UUID authorAccountId() {
		return authorAccountId;
	}

	String body() {
		return body;
	}

	Instant writtenAt() {
		return writtenAt;
	}

	@Nullable Instant editedAt() {
		return editedAt;
	}

}
