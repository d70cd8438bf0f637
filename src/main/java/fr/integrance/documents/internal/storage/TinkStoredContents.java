package fr.integrance.documents.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.ContentShreddedException;
import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;

/**
 * {@link StoredContents} with Tink: each content gets a new streaming AEAD key
 * (AES256-GCM-HKDF, 1 MB segments), which encrypts it on its way to the
 * {@link BlobStore}; that key is wrapped by the documents keyset's AEAD and kept in
 * {@code document_content}. The content id is the associated data of both the ciphertext
 * and the wrapped key, so a blob or a key moved to another content is refused.
 * <p>
 * Writing joins the caller's transaction when there is one (its rollback deletes the
 * blob); shredding nulls the wrapped key in the caller's transaction and deletes the blob
 * once that is committed: a failed deletion is logged and retried by
 * {@link ShreddedBlobPurgeJob}, never an error to the caller.
 */
class TinkStoredContents implements StoredContents {

	private static final Logger log = LoggerFactory.getLogger(TinkStoredContents.class);

	private static final int BUFFER = 64 * 1024;

	private final EncryptedContents rows;

	private final BlobStore blobs;

	private final Aead keyEncryption;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate newTransaction;

	TinkStoredContents(EncryptedContents rows, BlobStore blobs, Aead keyEncryption, Clock clock,
			PlatformTransactionManager transactions) {
		DocumentsKeyset.registerTink();
		this.rows = rows;
		this.blobs = blobs;
		this.keyEncryption = keyEncryption;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public StoredContent write(InputStream plaintext) throws IOException {
		ContentId id = ContentId.random();
		String blobKey = UUID.randomUUID().toString();
		byte[] associatedData = associatedData(id);
		KeysetHandle key;
		StreamingAead streamingAead;
		byte[] wrappedKey;
		try {
			key = KeysetHandle.newBuilder()
				.addEntry(
						KeysetHandle.generateEntryFromParameters(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
							.withRandomId()
							.makePrimary())
				.build();
			streamingAead = key.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
			wrappedKey = TinkProtoKeysetFormat.serializeEncryptedKeyset(key, keyEncryption, associatedData);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not create a content key", ex);
		}
		MessageDigest sha256 = sha256();
		long[] size = { 0 };
		DigestInputStream digesting = new DigestInputStream(plaintext, sha256);
		blobs.put(blobKey, out -> {
			try (OutputStream encrypting = streamingAead.newEncryptingStream(out, associatedData)) {
				byte[] buffer = new byte[BUFFER];
				int read;
				while ((read = digesting.read(buffer)) != -1) {
					encrypting.write(buffer, 0, read);
					size[0] += read;
				}
			}
			catch (GeneralSecurityException ex) {
				throw new IOException("Could not start the encryption", ex);
			}
		});
		EncryptedContent row = new EncryptedContent(id.value(), blobKey, wrappedKey, size[0],
				HexFormat.of().formatHex(sha256.digest()), clock.instant());
		try {
			transaction.executeWithoutResult(status -> rows.save(row));
		}
		catch (RuntimeException ex) {
			deleteQuietly(blobKey);
			throw ex;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						deleteQuietly(blobKey);
					}
				}

			});
		}
		return new StoredContent(id, row.sizeBytes(), row.sha256());
	}

	@Override
	public InputStream open(ContentId id) {
		EncryptedContent row = rows.findById(id.value()).orElseThrow(() -> new ContentShreddedException(id));
		byte[] wrappedKey = row.wrappedKey();
		if (wrappedKey == null) {
			throw new ContentShreddedException(id);
		}
		byte[] associatedData = associatedData(id);
		StreamingAead streamingAead;
		try {
			streamingAead = TinkProtoKeysetFormat.parseEncryptedKeyset(wrappedKey, keyEncryption, associatedData)
				.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The key of content " + id
					+ " cannot be unwrapped: wrong documents keyset, or a key moved from another content", ex);
		}
		InputStream ciphertext;
		try {
			ciphertext = blobs.open(row.blobKey());
		}
		catch (NoSuchFileException ex) {
			throw new UncheckedIOException("The ciphertext of content " + id + " is missing from the "
					+ blobs.describe() + " while its key exists", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the ciphertext of content " + id, ex);
		}
		try {
			return streamingAead.newDecryptingStream(ciphertext, associatedData);
		}
		catch (GeneralSecurityException | IOException ex) {
			closeQuietly(ciphertext);
			throw new IllegalStateException("Cannot decrypt content " + id, ex);
		}
	}

	@Override
	public boolean readable(ContentId id) {
		return rows.findById(id.value()).map(row -> !row.shredded()).orElse(false);
	}

	@Override
	public void shred(ContentId id) {
		String[] pending = { null };
		transaction.executeWithoutResult(status -> rows.findById(id.value()).ifPresent(row -> {
			// The managed row: no bulk update, which would clear the caller's persistence
			// context.
			row.shred(clock.instant());
			if (row.blobDeletedAt() == null) {
				pending[0] = row.blobKey();
			}
		}));
		String blobKey = pending[0];
		if (blobKey == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					deleteBlob(id.value(), blobKey);
				}

			});
		}
		else {
			deleteBlob(id.value(), blobKey);
		}
	}

	/**
	 * Deletes the blob of a shredded content and records it; a failure is logged, and the
	 * purge job tries again.
	 * @return whether the blob is gone
	 */
	boolean deleteBlob(UUID id, String blobKey) {
		try {
			blobs.delete(blobKey);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not delete the blob of shredded content {} from the {} ({}); its key is destroyed,"
					+ " the deletion will be retried", id, blobs.describe(), ex.getClass().getSimpleName());
			return false;
		}
		newTransaction.executeWithoutResult(status -> rows.markBlobDeleted(id, clock.instant()));
		return true;
	}

	private void deleteQuietly(String blobKey) {
		try {
			blobs.delete(blobKey);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not delete an unused blob from the {} ({})", blobs.describe(),
					ex.getClass().getSimpleName());
		}
	}

	private static void closeQuietly(InputStream stream) {
		try {
			stream.close();
		}
		catch (IOException ex) {
			// Nothing more to do: the stream is abandoned.
		}
	}

	/** What binds a ciphertext and its wrapped key to one content. */
	static byte[] associatedData(ContentId id) {
		return ("integrance/documents/content/" + id.value()).getBytes(StandardCharsets.US_ASCII);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
