package fr.integrance.platform.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;

import fr.integrance.platform.JournalSeal;

/**
 * {@link JournalSeal} with a Tink MAC keyset (HMAC-SHA256) and a Tink private signature
 * keyset (ED25519). Tags and signatures carry Tink's key-id prefix, so that a rotated
 * keyset still verifies what older keys produced.
 */
final class TinkJournalSeal implements JournalSeal {

	private final Mac mac;

	private final PublicKeySign signer;

	private final PublicKeyVerify verifier;

	TinkJournalSeal(KeysetStore macKeys, KeysetStore signatureKeys) {
		KeysetKind.registerTink();
		KeysetHandle macHandle = macKeys.load().handle();
		try {
			this.mac = macHandle.getPrimitive(RegistryConfiguration.get(), Mac.class);
			mac.computeMac(new byte[0]);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw macKeys.invalid("it holds no usable MAC key (" + ex.getClass().getSimpleName() + ")");
		}
		KeysetHandle signatureHandle = signatureKeys.load().handle();
		try {
			this.signer = signatureHandle.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
			this.verifier = signatureHandle.getPublicKeysetHandle()
				.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw signatureKeys
				.invalid("it holds no usable private signature key (" + ex.getClass().getSimpleName() + ")");
		}
	}

	@Override
	public byte[] mac(byte[] data) {
		try {
			return mac.computeMac(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Could not compute the journal MAC (" + ex.getClass().getSimpleName() + ")");
		}
	}

	@Override
	public boolean macMatches(byte[] tag, byte[] data) {
		try {
			mac.verifyMac(tag, data);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	@Override
	public byte[] sign(byte[] data) {
		try {
			return signer.sign(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Could not sign the journal checkpoint (" + ex.getClass().getSimpleName() + ")");
		}
	}

	@Override
	public boolean signatureMatches(byte[] signature, byte[] data) {
		try {
			verifier.verify(signature, data);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return "TinkJournalSeal[HMAC-SHA256 links, ED25519 checkpoints]";
	}

}
