package fr.integrance.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;

/**
 * {@link FieldEncryption} with the keyring's Tink AEAD. Text form: {@code "v1:"} and the
 * Tink ciphertext (key-id prefix, nonce, encrypted value, tag) in unpadded base64url.
 * Every way a ciphertext can be wrong ends as a {@link DecryptionFailedException} without
 * a cause, so no Tink internals or ciphertext bytes reach a log.
 */
@RequiredArgsConstructor
final class TinkFieldEncryption implements FieldEncryption {

	static final String VERSION_PREFIX = "v1:";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final FieldKeyring keyring;

	@Override
	@SuppressWarnings("NullAway") // null in, null out (a nullable column); a value in
									// gives a value out
	public String encrypt(String plaintext, FieldContext context) {
		Objects.requireNonNull(context, "context");
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] ciphertext = keyring.current()
				.aead()
				.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.associatedData());
			return VERSION_PREFIX + ENCODER.encodeToString(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt " + context.table() + "." + context.column() + " ("
					+ ex.getClass().getSimpleName() + ")");
		}
	}

	@Override
	@SuppressWarnings("NullAway") // null in, null out (a nullable column); a value in
									// gives a value out
	public String decrypt(String ciphertext, FieldContext context) {
		Objects.requireNonNull(context, "context");
		if (ciphertext == null) {
			return null;
		}
		byte[] bytes = decode(ciphertext, context);
		byte[] associatedData = context.associatedData();
		byte[] plaintext;
		try {
			plaintext = keyring.current().aead().decrypt(bytes, associatedData);
		}
		catch (GeneralSecurityException first) {
			// Perhaps made with a key another node added since we read the keyset: read
			// it again once.
			if (!keyring.reloadIfChanged()) {
				throw new DecryptionFailedException(context);
			}
			try {
				plaintext = keyring.current().aead().decrypt(bytes, associatedData);
			}
			catch (GeneralSecurityException second) {
				throw new DecryptionFailedException(context);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(plaintext))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// Authentic but not text we wrote: treat it like any other unusable
			// ciphertext.
			throw new DecryptionFailedException(context);
		}
	}

	/**
	 * Whether {@code ciphertext} was made with the current primary key, so that the
	 * re-encryption job can skip it without decrypting.
	 */
	boolean isUnderPrimaryKey(String ciphertext) {
		if (ciphertext == null || !ciphertext.startsWith(VERSION_PREFIX)) {
			return false;
		}
		try {
			return keyring.current().isUnderPrimary(DECODER.decode(ciphertext.substring(VERSION_PREFIX.length())));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] decode(String ciphertext, FieldContext context) {
		if (!ciphertext.startsWith(VERSION_PREFIX)) {
			throw new DecryptionFailedException(context);
		}
		try {
			return DECODER.decode(ciphertext.substring(VERSION_PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new DecryptionFailedException(context);
		}
	}

	@Override
	public String toString() {
		return "TinkFieldEncryption[" + keyring + "]";
	}

}
