package fr.integrance.platform;

/**
 * Rotation of the field-encryption key. A rotation adds a new AES-256-GCM key to the
 * keyset, makes it the primary key (used for every new encryption) and saves the keyset
 * to its file; the older keys stay, so every stored value still decrypts.
 * {@link FieldReEncryptionJob} then moves the stored values to the new key at its own
 * pace.
 * <p>
 * Only a keyset read from a file ({@code app.crypto.keyset-file}) can be rotated here. A
 * keyset given inline ({@code app.crypto.keyset}) is rotated outside the application
 * (Tinkey {@code add-key}, then {@code promote-key} once every node has the new key) and
 * redeployed. With several nodes sharing one keyset file, the other nodes read the file
 * again as soon as they meet a ciphertext made with a key they do not hold; start a
 * rotation from one node at a time, since two simultaneous rotations on two nodes would
 * each save a keyset without the other's new key.
 * <p>
 * The blind-index key is not rotated (see {@link BlindIndex}).
 */
public interface FieldKeyRotation {

	/**
	 * Adds a new primary key and saves the keyset.
	 * @return the id of the new primary key (key ids are public: each ciphertext names
	 * its own)
	 * @throws IllegalStateException when the keyset was not read from a file
	 */
	int rotate();

	/** The id of the key new values are encrypted with. */
	int primaryKeyId();

}
