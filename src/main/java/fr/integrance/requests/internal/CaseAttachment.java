package fr.integrance.requests.internal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.documents.ContentId;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.StoredAttachment;

/**
 * A file sent with a request. The content is encrypted in the documents module's store
 * ({@link fr.integrance.documents.StoredContents}), named by {@link #contentId()}; an
 * attachment uploaded before that store still has its content as a plain file under the
 * data directory, named by the attachment id, until {@link AttachmentUploadsMigration}
 * moves it. The name the sender gave is kept only to be shown, never used in a path. An
 * attachment without a case is pending: uploaded during a multi-step form, not yet
 * submitted.
 */
@Entity
@Table(name = "request_attachment")
class CaseAttachment {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "case_id")
	@NotPersonalData
	private @Nullable UUID caseId;

	@Column(name = "display_name", nullable = false, length = 255)
	@PersonalData(category = "documents")
	private String displayName;

	@Column(name = "media_type", nullable = false, length = 100)
	@NotPersonalData(value = "detected from the bytes: application/pdf, image/jpeg or image/png", context = true)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	@NotPersonalData(context = true)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false, length = 64)
	@NotPersonalData(value = "a digest of the content, to detect a changed file on disk", context = true)
	private String sha256;

	@Column(name = "uploaded_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant uploadedAt;

	@Column(name = "message_id")
	@NotPersonalData("the sender's message of the thread that brought the file; null for a file sent with the request")
	private @Nullable UUID messageId;

	@Column(name = "content_id")
	@NotPersonalData("the id of the encrypted content in the documents store; null for a file not yet moved there")
	private @Nullable UUID contentId;

	protected CaseAttachment() {
	}

	CaseAttachment(UUID id, String displayName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
			@Nullable ContentId contentId) {
		this.id = id;
		this.contentId = contentId == null ? null : contentId.value();
		this.displayName = displayName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
	}

	/**
	 * Links a pending attachment to its case; an attachment already linked cannot be
	 * moved.
	 */
	void attachTo(UUID caseId) {
		if (this.caseId != null && !this.caseId.equals(caseId)) {
			throw new IllegalStateException("Attachment " + id + " already belongs to another case");
		}
		this.caseId = caseId;
	}

	/**
	 * Links a pending attachment to the sender's message that brought it, in its case.
	 */
	void attachTo(UUID caseId, UUID messageId) {
		attachTo(caseId);
		if (this.messageId != null && !this.messageId.equals(messageId)) {
			throw new IllegalStateException("Attachment " + id + " already belongs to another message");
		}
		this.messageId = messageId;
	}

	UUID id() {
		return id;
	}

	/** The sender's message that brought it; null for a file sent with the request. */
	@Nullable UUID messageId() {
		return messageId;
	}

	@Nullable UUID caseId() {
		return caseId;
	}

	String displayName() {
		return displayName;
	}

	String mediaType() {
		return mediaType;
	}

	long sizeBytes() {
		return sizeBytes;
	}

	String sha256() {
		return sha256;
	}

	/**
	 * The encrypted content; {@code null} while the file is still in the upload
	 * directory.
	 */
	@Nullable ContentId contentId() {
		return contentId == null ? null : new ContentId(contentId);
	}

	/** Links a file moved from the upload directory to its encrypted content. */
	void movedTo(ContentId content) {
		if (contentId != null) {
			throw new IllegalStateException("Attachment " + id + " already has its encrypted content");
		}
		contentId = content.value();
	}

	/** The file as a form or a case shows it. */
	StoredAttachment stored() {
		return new StoredAttachment(new AttachmentId(id), displayName, mediaType, sizeBytes);
	}

}
