package fr.integrance.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Encrypted contents. Each content is encrypted with its own key (Tink streaming AEAD,
 * AES-GCM-HKDF), that key wrapped by the platform's documents keyset and kept in the
 * database beside the content's row, the ciphertext written to the blob store (a local
 * directory by default, S3-compatible object storage for several nodes). Reading and
 * writing stream: no whole file is held in memory here. Shredding destroys the wrapped
 * key first (the content is unreadable from then on, backups included once they expire),
 * then deletes the blob where the store allows.
 * <p>
 * Checks (type, size, content inspection) are the caller's: this stores bytes.
 */
public interface StoredContents {

	/**
	 * Encrypts and stores a content read to its end (the stream is not closed).
	 * @throws IOException when the stream cannot be read or the store cannot be written;
	 * nothing is left behind
	 */
	StoredContent write(InputStream plaintext) throws IOException;

	/**
	 * Opens a content for reading, decrypting as it is read; the caller closes the
	 * stream. A ciphertext changed, truncated or swapped with another content's makes a
	 * read of the stream throw an {@link IOException} (never wrong bytes); a download
	 * already under way then ends in error.
	 * @throws ContentShreddedException when it was shredded or never existed
	 */
	InputStream open(ContentId id);

	/** Whether the content exists and can still be read. */
	boolean readable(ContentId id);

	/**
	 * Destroys the content's key, then its blob; idempotent, and an unknown id is no
	 * error. Inside a transaction the key goes with its commit and the blob after it; a
	 * blob that cannot be deleted is logged and retried later, never an error here.
	 */
	void shred(ContentId id);

}
