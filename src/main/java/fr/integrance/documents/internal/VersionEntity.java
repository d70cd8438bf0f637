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

import fr.integrance.documents.ContentId;
import fr.integrance.documents.DocumentActor;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.VersionedRecord;

/**
 * One version of a document: the file as it was uploaded, its content (and thumbnail)
 * encrypted in the store under their own keys, and who uploaded it (by kind and account,
 * never by name).
 */
@Entity
@Table(name = "document_version")
class VersionEntity extends VersionedRecord {

	@NotPersonalData
	@Column(name = "document_id")
	private UUID documentId;

	@NotPersonalData(context = true)
	@Column(name = "version_number")
	private int number;

	@PersonalData(category = "documents")
	@Column(name = "original_name")
	private String originalName;

	@NotPersonalData(value = "a media type detected from the bytes", context = true)
	@Column(name = "media_type")
	private String mediaType;

	@NotPersonalData(context = true)
	@Column(name = "size_bytes")
	private long size;

	@NotPersonalData("a digest of the content, for integrity checks")
	@Column(name = "sha256")
	private String sha256;

	@NotPersonalData("the id of the encrypted content in the store")
	@Column(name = "content_id")
	private UUID contentId;

	@NotPersonalData("the id of the encrypted thumbnail in the store")
	@Column(name = "thumbnail_content_id")
	private @Nullable UUID thumbnailContentId;

	@NotPersonalData(context = true)
	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	@NotPersonalData(value = "owner, guardian agent or staff", context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "uploader_kind")
	private DocumentActor.Kind uploaderKind;

	@NotPersonalData("a reference to the uploader's account")
	@Column(name = "uploader_account_id")
	private UUID uploaderAccountId;

	protected VersionEntity() {
	}

	VersionEntity(UUID id, UUID documentId, int number, String originalName, String mediaType, long size, String sha256,
			ContentId contentId, Instant uploadedAt, DocumentActor uploader) {
		super(id, uploadedAt);
		this.documentId = documentId;
		this.number = number;
		this.originalName = originalName;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.contentId = contentId.value();
		this.uploadedAt = uploadedAt;
		this.uploaderKind = uploader.kind();
		this.uploaderAccountId = uploader.accountId();
	}

	UUID documentId() {
		return documentId;
	}

	int number() {
		return number;
	}

	String originalName() {
		return originalName;
	}

	String mediaType() {
		return mediaType;
	}

	long size() {
		return size;
	}

	ContentId contentId() {
		return new ContentId(contentId);
	}

	@Nullable ContentId thumbnailContentId() {
		return thumbnailContentId == null ? null : new ContentId(thumbnailContentId);
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

	DocumentActor.Kind uploaderKind() {
		return uploaderKind;
	}

	UUID uploaderAccountId() {
		return uploaderAccountId;
	}

}
