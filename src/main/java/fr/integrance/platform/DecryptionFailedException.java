package fr.integrance.platform;

/**
 * A stored ciphertext could not be decrypted: it was altered, copied from another row or
 * column, or made with a key the keyset does not hold. The message names the table and
 * column only, never the ciphertext, the plaintext or the row, and no cryptographic cause
 * is attached: callers treat every such failure alike.
 */
public class DecryptionFailedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DecryptionFailedException(FieldContext context) {
		super("Could not decrypt " + context.table() + "." + context.column()
				+ ": altered, moved from another row or column, or made with an unknown key");
	}

}
