package fr.integrance.platform.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.crypto.tink.AccessesPartialKey;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.HmacPrfKey;
import com.google.crypto.tink.prf.PredefinedPrfParameters;

/** Keysets and ciphertext inspection for the tests. */
final class TestKeysets {

	private TestKeysets() {
	}

	static String newAeadKeysetJson() {
		return newKeysetJson(PredefinedAeadParameters.AES256_GCM);
	}

	static String newIndexKeysetJson() {
		return newKeysetJson(PredefinedPrfParameters.HMAC_SHA256_PRF);
	}

	private static String newKeysetJson(Parameters parameters) {
		KeysetKind.registerTink();
		try {
			KeysetHandle handle = KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary())
				.build();
			return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static FieldKeyring keyring(String json) {
		return new FieldKeyring(new KeysetStore(KeysetKind.FIELD_AEAD, json, null, false));
	}

	static TinkBlindIndex blindIndex(String json) {
		return new TinkBlindIndex(new KeysetStore(KeysetKind.BLIND_INDEX, json, null, false));
	}

	static KeysetHandle parse(String json) {
		KeysetKind.registerTink();
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every form in which a keyset's secrets could leak: the serialised key values as
	 * they stand in the JSON, and each raw key in hex and in base64.
	 */
	@AccessesPartialKey
	static List<String> secretForms(String json) {
		List<String> forms = new ArrayList<>();
		Matcher values = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		while (values.find()) {
			forms.add(values.group(1));
		}
		KeysetHandle handle = parse(json);
		for (int i = 0; i < handle.size(); i++) {
			Key key = handle.getAt(i).getKey();
			byte[] raw;
			if (key instanceof AesGcmKey aes) {
				raw = aes.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
			}
			else if (key instanceof HmacPrfKey hmac) {
				raw = hmac.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
			}
			else {
				throw new IllegalStateException("Unexpected key type " + key.getClass());
			}
			forms.add(HexFormat.of().formatHex(raw));
			forms.add(Base64.getEncoder().encodeToString(raw));
			forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
		}
		if (forms.isEmpty()) {
			throw new IllegalStateException("No key material found: the check would prove nothing");
		}
		return forms;
	}

	/** The Tink key id a stored ciphertext names in its 5-byte prefix. */
	static int keyIdOf(String storedCiphertext) {
		byte[] bytes = decode(storedCiphertext);
		if (bytes[0] != 0x01) {
			throw new IllegalStateException("Not a Tink-prefixed ciphertext");
		}
		return ByteBuffer.wrap(bytes, 1, 4).getInt();
	}

	static byte[] decode(String storedCiphertext) {
		if (!storedCiphertext.startsWith("v1:")) {
			throw new IllegalStateException("Not a v1 ciphertext");
		}
		return Base64.getUrlDecoder().decode(storedCiphertext.substring(3));
	}

	static String encode(byte[] ciphertext) {
		return "v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);
	}

}
