package fr.integrance.rights.internal.fulfilment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A row of {@code rights_archive}: one access or portability archive, stored encrypted in
 * the documents module's content store, behind a link (its token kept as a SHA-256 only)
 * and a one-time code (kept as a SHA-256 bound to the archive), until it expires; then it
 * is crypto-shredded and the row keeps only what proves it was delivered.
 */
@Entity
@Table(name = "rights_archive")
class ArchiveEntity {

	@Id
	@Column(name = "id")
	@NotPersonalData
	private UUID id;

	@Column(name = "request_id", nullable = false)
	@NotPersonalData
	private UUID requestId;

	@Column(name = "kind", nullable = false, length = 16)
	@NotPersonalData(context = true)
	private String kind;

	@Column(name = "subject_ref", nullable = false, length = 100)
	@PersonalData(category = "identification", export = PersonalData.Export.LOOKUP_KEY)
	private String subjectRef;

	@Column(name = "token_digest", nullable = false, length = 64)
	@PersonalData(category = "connection", export = PersonalData.Export.SECRET)
	private String tokenDigest;

	@Column(name = "code_digest", nullable = false, length = 64)
	@PersonalData(category = "connection", export = PersonalData.Export.SECRET)
	private String codeDigest;

	@Column(name = "content_id")
	@NotPersonalData
	private @Nullable UUID contentId;

	@Column(name = "size_bytes", nullable = false)
	@NotPersonalData
	private long sizeBytes;

	@Column(name = "file_name", nullable = false, length = 100)
	@NotPersonalData
	private String fileName;

	@Column(name = "created_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant expiresAt;

	@Column(name = "failed_attempts", nullable = false)
	@NotPersonalData
	private int failedAttempts;

	@Column(name = "downloads", nullable = false)
	@NotPersonalData
	private int downloads;

	@Column(name = "last_download_at")
	@NotPersonalData
	private @Nullable Instant lastDownloadAt;

	@Column(name = "purged_at")
	@NotPersonalData
	private @Nullable Instant purgedAt;

	protected ArchiveEntity() {
	}

	ArchiveEntity(UUID id, UUID requestId, String kind, String subjectRef, String tokenDigest, String codeDigest,
			UUID contentId, long sizeBytes, String fileName, Instant createdAt, Instant expiresAt) {
		this.id = id;
		this.requestId = requestId;
		this.kind = kind;
		this.subjectRef = subjectRef;
		this.tokenDigest = tokenDigest;
		this.codeDigest = codeDigest;
		this.contentId = contentId;
		this.sizeBytes = sizeBytes;
		this.fileName = fileName;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return id;
	}

	UUID requestId() {
		return requestId;
	}

	String kind() {
		return kind;
	}

	String subjectRef() {
		return subjectRef;
	}

	String codeDigest() {
		return codeDigest;
	}

	Optional<UUID> contentId() {
		return Optional.ofNullable(contentId);
	}

	long sizeBytes() {
		return sizeBytes;
	}

	String fileName() {
		return fileName;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	int failedAttempts() {
		return failedAttempts;
	}

	int downloads() {
		return downloads;
	}

	boolean purged() {
		return purgedAt != null;
	}

	boolean expired(Instant now) {
		return purgedAt != null || !now.isBefore(expiresAt);
	}

	void failedAttempt() {
		failedAttempts++;
	}

	void downloaded(Instant at) {
		downloads++;
		lastDownloadAt = at;
	}

	void purged(Instant at) {
		contentId = null;
		purgedAt = at;
	}

}
