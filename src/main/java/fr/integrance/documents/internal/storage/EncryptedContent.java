package fr.integrance.documents.internal.storage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;

/**
 * One encrypted content: where its ciphertext lives in the blob store and its own key,
 * wrapped by the documents keyset. Shredding nulls the wrapped key (the ciphertext is
 * unreadable from then on), then the blob is deleted, at once or by a later retry.
 */
@Entity
@Table(name = "document_content")
class EncryptedContent {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "blob_key", nullable = false, length = 64, updatable = false)
	@NotPersonalData("a generated name of the ciphertext in the blob store")
	private String blobKey;

	@Column(name = "wrapped_key")
	@NotPersonalData("the content's own key, wrapped by the documents keyset; never exported, nulled by shredding")
	private byte @Nullable [] wrappedKey;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	@NotPersonalData(context = true)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false, length = 64, updatable = false)
	@NotPersonalData("a digest of the plaintext, for integrity checks and duplicates")
	private String sha256;

	@Column(name = "created_at", nullable = false, updatable = false)
	@NotPersonalData(context = true)
	private Instant createdAt;

	@Column(name = "shredded_at")
	@NotPersonalData(context = true)
	private @Nullable Instant shreddedAt;

	@Column(name = "blob_deleted_at")
	@NotPersonalData
	private @Nullable Instant blobDeletedAt;

	protected EncryptedContent() {
	}

	EncryptedContent(UUID id, String blobKey, byte[] wrappedKey, long sizeBytes, String sha256, Instant createdAt) {
		this.id = id;
		this.blobKey = blobKey;
		this.wrappedKey = wrappedKey.clone();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	String blobKey() {
		return blobKey;
	}

	/** The wrapped key; {@code null} once shredded. */
	byte @Nullable [] wrappedKey() {
		return wrappedKey == null ? null : wrappedKey.clone();
	}

	long sizeBytes() {
		return sizeBytes;
	}

	String sha256() {
		return sha256;
	}

	boolean shredded() {
		return wrappedKey == null;
	}

	@Nullable Instant blobDeletedAt() {
		return blobDeletedAt;
	}

	/** Destroys the wrapped key; idempotent. */
	void shred(Instant now) {
		wrappedKey = null;
		if (shreddedAt == null) {
			shreddedAt = now;
		}
	}

	void blobDeleted(Instant now) {
		blobDeletedAt = now;
	}

}
