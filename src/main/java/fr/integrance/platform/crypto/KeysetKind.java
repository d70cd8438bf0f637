package fr.integrance.platform.crypto;

import java.security.GeneralSecurityException;
import java.util.Locale;

import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;

/** The keysets, with the settings that provide them, as named in error messages. */
enum KeysetKind {

	FIELD_AEAD("field-encryption keyset", "app.crypto.keyset", PredefinedAeadParameters.AES256_GCM,
			"a Tink AEAD keyset"),

	BLIND_INDEX("blind-index keyset", "app.crypto.index-keyset", PredefinedPrfParameters.HMAC_SHA256_PRF,
			"a Tink PRF keyset (HMAC-SHA256)"),

	JOURNAL_MAC("audit-journal MAC keyset", "app.crypto.journal-mac-keyset",
			PredefinedMacParameters.HMAC_SHA256_256BITTAG, "a Tink MAC keyset (HMAC-SHA256)"),

	JOURNAL_SIGNATURE("audit-journal checkpoint signature keyset", "app.crypto.journal-signature-keyset",
			PredefinedSignatureParameters.ED25519, "a Tink private signature keyset (ED25519)");

	final String description;

	/** The property that holds the keyset JSON itself. */
	final String inlineProperty;

	/** What a generated keyset's first key is. */
	final Parameters newKeyParameters;

	final String expectedContent;

	KeysetKind(String description, String inlineProperty, Parameters newKeyParameters, String expectedContent) {
		this.description = description;
		this.inlineProperty = inlineProperty;
		this.newKeyParameters = newKeyParameters;
		this.expectedContent = expectedContent;
	}

	/** The environment variable of {@link #inlineProperty}. */
	String inlineVariable() {
		return environmentVariable(inlineProperty);
	}

	/** The property that names a keyset file instead: the inline one's, {@code -file}. */
	String fileProperty() {
		return inlineProperty + "-file";
	}

	/** The environment variable of {@link #fileProperty()}. */
	String fileVariable() {
		return environmentVariable(fileProperty());
	}

	/** A property's environment variable, as Spring binds them: upper case, {@code _}. */
	private static String environmentVariable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

	/** Registers the Tink key managers the keysets need; repeated calls are harmless. */
	static void registerTink() {
		try {
			AeadConfig.register();
			PrfConfig.register();
			MacConfig.register();
			SignatureConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not register the Tink AEAD, PRF, MAC and signature key types", ex);
		}
	}

}
