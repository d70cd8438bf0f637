package fr.integrance.platform.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FieldKeyRotation;

/**
 * The field-encryption keyset in use. Each state is an immutable {@link Keys}, swapped
 * whole after a rotation or a reload, so encryptions running meanwhile use either the old
 * keys or the new ones, never a mix.
 */
final class FieldKeyring implements FieldKeyRotation {

	private static final Logger log = LoggerFactory.getLogger(FieldKeyring.class);

	private final KeysetStore store;

	private final AtomicReference<Keys> current = new AtomicReference<>();

	FieldKeyring(KeysetStore store) {
		KeysetKind.registerTink();
		this.store = store;
		KeysetStore.Loaded loaded = store.load();
		current.set(keys(loaded.handle(), loaded.stamp()));
	}

	/**
	 * One immutable state of the keyring.
	 *
	 * @param primaryPrefix the bytes that start every ciphertext made with the primary
	 * key (0x01 and the 4-byte key id for Tink's default output prefix)
	 */
	record Keys(KeysetHandle handle, Aead aead, int primaryKeyId, byte[] primaryPrefix,
			KeysetStore.@Nullable FileStamp stamp) {

		boolean isUnderPrimary(byte[] ciphertext) {
			return ciphertext.length >= primaryPrefix.length
					&& Arrays.equals(ciphertext, 0, primaryPrefix.length, primaryPrefix, 0, primaryPrefix.length);
		}

		@Override
		public String toString() {
			return "Keys[primaryKeyId=" + primaryKeyId + ", size=" + handle.size() + "]";
		}
	}

	Keys current() {
		return Objects.requireNonNull(current.get(), "the keys are loaded on construction");
	}

	/**
	 * Reads the keyset file again if it changed (another node rotated it); true when the
	 * keys changed, so that the caller may retry once.
	 */
	boolean reloadIfChanged() {
		Keys known = current();
		Keys reloaded;
		try {
			KeysetStore.Loaded loaded = store.reloadIfChanged(known.stamp());
			if (loaded == null) {
				return false;
			}
			reloaded = keys(loaded.handle(), loaded.stamp());
		}
		catch (IllegalStateException ex) {
			// A broken file must not break reading: keep the keys in memory and say why,
			// once per attempt.
			log.warn("Field-encryption keyset not reloaded, keeping the current keys: {}", ex.getMessage());
			return false;
		}
		if (current.compareAndSet(known, reloaded)) {
			log.info("Field-encryption keyset reloaded from {}: primary key id {}, {} keys", store.source(),
					Integer.toUnsignedString(reloaded.primaryKeyId()), reloaded.handle().size());
		}
		return true;
	}

	@Override
	public synchronized int rotate() {
		if (!store.isFile()) {
			throw new IllegalStateException("The field-encryption keyset comes from " + store.source()
					+ " and cannot be rotated by the application: add and promote a key with Tinkey, then redeploy,"
					+ " or give the keyset as a file in app.crypto.keyset-file.");
		}
		// Start from the file when another node rotated it, so that its key is not lost.
		reloadIfChanged();
		Keys before = current();
		try {
			KeysetHandle rotated = KeysetHandle.newBuilder(before.handle())
				.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
					.withRandomId()
					.makePrimary())
				.build();
			Keys candidate = keys(rotated, null);
			// Saved before use: a value is never encrypted with a key that is not on
			// disk.
			KeysetStore.FileStamp stamp = store.save(rotated);
			Keys after = new Keys(candidate.handle(), candidate.aead(), candidate.primaryKeyId(),
					candidate.primaryPrefix(), stamp);
			current.set(after);
			log.info("Field-encryption key rotated: new primary key id {}, {} keys in {}",
					Integer.toUnsignedString(after.primaryKeyId()), rotated.size(), store.source());
			return after.primaryKeyId();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not add a key to the field-encryption keyset", ex);
		}
	}

	@Override
	public int primaryKeyId() {
		return current().primaryKeyId();
	}

	private Keys keys(KeysetHandle handle, KeysetStore.@Nullable FileStamp stamp) {
		Aead aead;
		try {
			aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw store.invalid("it holds no usable AEAD key (" + ex.getClass().getSimpleName() + ")");
		}
		KeysetHandle.Entry primary = handle.getPrimary();
		if (!(primary.getKey() instanceof AeadKey aeadKey) || aeadKey.getOutputPrefix().size() == 0) {
			// Without a prefix naming the key, the re-encryption job could not tell old
			// values from new.
			throw store.invalid("its primary key is not an AEAD key with a key-id output prefix");
		}
		return new Keys(handle, aead, primary.getId(), aeadKey.getOutputPrefix().toByteArray(), stamp);
	}

	@Override
	public String toString() {
		return "FieldKeyring[" + current.get() + " from " + store.source() + "]";
	}

}
