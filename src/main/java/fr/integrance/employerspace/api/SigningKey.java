package fr.integrance.employerspace.api;

import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;

import fr.integrance.platform.BlindIndex;

/**
 * The key that signs and checks the API's access tokens (HS256): derived from the
 * application's existing key material, the blind-index PRF keyset (HMAC-SHA256,
 * {@code app.crypto.index-keyset}), as two outputs of the PRF under a scope of its own.
 * Nothing is committed nor generated at start: every node derives the same key, so that a
 * token issued by one node is accepted by the others, and it changes only with that
 * keyset (which is never rotated; see {@link BlindIndex}). The authorization server and
 * the API are the same application, so a symmetric key suffices, and no JWK set is
 * published (a symmetric key has no public part).
 */
final class SigningKey {

	static final String KEY_ID = "icollectif-payroll-hs256-v1";

	private static final String SCOPE = "employer-api.jwt-signing-key";

	private final byte[] bytes;

	SigningKey(BlindIndex prf) {
		byte[] first = Base64.getUrlDecoder().decode(prf.of(SCOPE, "v1-part-1"));
		byte[] second = Base64.getUrlDecoder().decode(prf.of(SCOPE, "v1-part-2"));
		this.bytes = new byte[first.length + second.length];
		System.arraycopy(first, 0, bytes, 0, first.length);
		System.arraycopy(second, 0, bytes, first.length, second.length);
		if (bytes.length < 32) {
			throw new IllegalStateException("the API signing key must have at least 256 bits");
		}
	}

	SecretKey secretKey() {
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	OctetSequenceKey jwk() {
		return new OctetSequenceKey.Builder(bytes).keyID(KEY_ID)
			.algorithm(JWSAlgorithm.HS256)
			.keyUse(KeyUse.SIGNATURE)
			.build();
	}

	@Override
	public String toString() {
		return "SigningKey[" + KEY_ID + ", ********]";
	}

}
