package fr.integrance.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.integrance.platform.JournalSeal;

/**
 * A {@link JournalSeal} for unit tests: HMAC-SHA256 under a key derived from a number, so
 * that a test can play an intruder with another key. Its "signature" is a MAC too.
 */
final class TestSeal implements JournalSeal {

	private final byte[] key;

	private TestSeal(byte[] key) {
		this.key = key;
	}

	static TestSeal key(int number) {
		return new TestSeal(("test-journal-key-" + number).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public byte[] mac(byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean macMatches(byte[] tag, byte[] data) {
		return MessageDigest.isEqual(tag, mac(data));
	}

	@Override
	public byte[] sign(byte[] data) {
		return mac(data);
	}

	@Override
	public boolean signatureMatches(byte[] signature, byte[] data) {
		return macMatches(signature, data);
	}

}
