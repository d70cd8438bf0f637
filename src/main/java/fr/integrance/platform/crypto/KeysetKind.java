package fr.integrance.platform.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;

/** The two keysets, with the settings that provide them, as named in error messages. */
enum KeysetKind {

	FIELD_AEAD("field-encryption keyset", "app.crypto.keyset", "APP_CRYPTO_KEYSET", "app.crypto.keyset-file",
			"APP_CRYPTO_KEYSET_FILE", PredefinedAeadParameters.AES256_GCM, "a Tink AEAD keyset"),

	BLIND_INDEX("blind-index keyset", "app.crypto.index-keyset", "APP_CRYPTO_INDEX_KEYSET",
			"app.crypto.index-keyset-file", "APP_CRYPTO_INDEX_KEYSET_FILE", PredefinedPrfParameters.HMAC_SHA256_PRF,
			"a Tink PRF keyset (HMAC-SHA256)");

	final String description;

	final String inlineProperty;

	final String inlineVariable;

	final String fileProperty;

	final String fileVariable;

	/** What a generated keyset's first key is. */
	final Parameters newKeyParameters;

	final String expectedContent;

	KeysetKind(String description, String inlineProperty, String inlineVariable, String fileProperty,
			String fileVariable, Parameters newKeyParameters, String expectedContent) {
		this.description = description;
		this.inlineProperty = inlineProperty;
		this.inlineVariable = inlineVariable;
		this.fileProperty = fileProperty;
		this.fileVariable = fileVariable;
		this.newKeyParameters = newKeyParameters;
		this.expectedContent = expectedContent;
	}

	/** Registers the Tink key managers both keysets need; repeated calls are harmless. */
	static void registerTink() {
		try {
			AeadConfig.register();
			PrfConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not register the Tink AEAD and PRF key types", ex);
		}
	}

}
