package fr.integrance.platform;

/**
 * Encrypts a sensitive field (NIR, IBAN, health needs, protection measure, identity
 * document) before it is stored, with an authenticated cipher (Tink AEAD, AES-256-GCM)
 * bound to the field's {@link FieldContext}.
 * <p>
 * The ciphertext is text ({@code "v1:"} followed by unpadded base64url) so that it fits a
 * {@code VARCHAR} column on both H2 and PostgreSQL: a plaintext of {@code n} UTF-8 bytes
 * needs a column of at least {@code 3 + ceil(4 * (n + 33) / 3)} characters (about 400 for
 * 250 bytes). Encrypting the same value twice gives different ciphertexts; to look a
 * value up, store a {@link BlindIndex} beside it.
 */
public interface FieldEncryption {

	/**
	 * Encrypts {@code plaintext} for the given row and column; {@code null} gives
	 * {@code null} so that an empty nullable column stays {@code NULL}.
	 */
	String encrypt(String plaintext, FieldContext context);

	/**
	 * Decrypts what {@link #encrypt} returned for the same context; {@code null} gives
	 * {@code null}.
	 * @throws DecryptionFailedException when the ciphertext was altered, belongs to
	 * another row, column or table, or was made with a key this keyset does not hold
	 */
	String decrypt(String ciphertext, FieldContext context);

}
