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
		return compute(mac::computeMac, data, "compute the journal MAC");
	}

	@Override
	public boolean macMatches(byte[] tag, byte[] data) {
		return holds(() -> mac.verifyMac(tag, data));
	}

	@Override
	public byte[] sign(byte[] data) {
		return compute(signer::sign, data, "sign the journal checkpoint");
	}

	@Override
	public boolean signatureMatches(byte[] signature, byte[] data) {
		return holds(() -> verifier.verify(signature, data));
	}

	/** A Tink operation that may fail. */
	private interface Operation<T, R> {

		R apply(T input) throws GeneralSecurityException;

	}

	/** A Tink check that throws when it does not hold. */
	private interface Check {

		void run() throws GeneralSecurityException;

	}

	private static byte[] compute(Operation<byte[], byte[]> operation, byte[] data, String what) {
		try {
			return operation.apply(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not " + what + " (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static boolean holds(Check check) {
		try {
			check.run();
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
