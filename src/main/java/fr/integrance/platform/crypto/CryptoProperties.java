package fr.integrance.platform.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the field-encryption keys come from. Each keyset is given either inline as Tink
 * JSON (usually from the environment) or as a file; never both.
 *
 * @param keyset the AEAD keyset as JSON ({@code APP_CRYPTO_KEYSET})
 * @param keysetFile a file holding the AEAD keyset ({@code APP_CRYPTO_KEYSET_FILE}); the
 * only form that {@code FieldKeyRotation} can rotate
 * @param indexKeyset the blind-index PRF keyset as JSON ({@code APP_CRYPTO_INDEX_KEYSET})
 * @param indexKeysetFile a file holding the blind-index keyset
 * ({@code APP_CRYPTO_INDEX_KEYSET_FILE})
 * @param journalMacKeyset the audit journal's MAC keyset as JSON
 * ({@code APP_CRYPTO_JOURNAL_MAC_KEYSET})
 * @param journalMacKeysetFile a file holding it
 * ({@code APP_CRYPTO_JOURNAL_MAC_KEYSET_FILE})
 * @param journalSignatureKeyset the audit journal's checkpoint signature keyset (private,
 * ED25519) as JSON ({@code APP_CRYPTO_JOURNAL_SIGNATURE_KEYSET})
 * @param journalSignatureKeysetFile a file holding it
 * ({@code APP_CRYPTO_JOURNAL_SIGNATURE_KEYSET_FILE})
 * @param generateIfMissing create absent keyset files at start-up (embedded and test
 * profiles; refused in production)
 * @param reEncryptionBatchSize rows read per query by the re-encryption job
 */
@ConfigurationProperties("app.crypto")
public record CryptoProperties(String keyset, Path keysetFile, String indexKeyset, Path indexKeysetFile,
		String journalMacKeyset, Path journalMacKeysetFile, String journalSignatureKeyset,
		Path journalSignatureKeysetFile, boolean generateIfMissing, @DefaultValue("100") int reEncryptionBatchSize) {

	public CryptoProperties {
		if (reEncryptionBatchSize < 1) {
			throw new IllegalArgumentException("app.crypto.re-encryption-batch-size must be positive");
		}
	}

	/** Never prints the inline keysets, only whether they are set. */
	@Override
	public String toString() {
		return "CryptoProperties[keyset=" + (hasText(keyset) ? "(set)" : "(unset)") + ", keysetFile=" + keysetFile
				+ ", indexKeyset=" + (hasText(indexKeyset) ? "(set)" : "(unset)") + ", indexKeysetFile="
				+ indexKeysetFile + ", journalMacKeyset=" + (hasText(journalMacKeyset) ? "(set)" : "(unset)")
				+ ", journalMacKeysetFile=" + journalMacKeysetFile + ", journalSignatureKeyset="
				+ (hasText(journalSignatureKeyset) ? "(set)" : "(unset)") + ", journalSignatureKeysetFile="
				+ journalSignatureKeysetFile + ", generateIfMissing=" + generateIfMissing + ", reEncryptionBatchSize="
				+ reEncryptionBatchSize + "]";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
