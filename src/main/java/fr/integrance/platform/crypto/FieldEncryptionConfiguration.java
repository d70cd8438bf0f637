package fr.integrance.platform.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.platform.BlindIndex;

/**
 * Field encryption beans. The keysets are read (or created) when the context starts, so a
 * missing or broken keyset stops the application at once, with the settings to fix named.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class FieldEncryptionConfiguration {

	/** Also the {@link fr.integrance.platform.FieldKeyRotation} bean. */
	@Bean
	FieldKeyring fieldKeyring(CryptoProperties properties) {
		return new FieldKeyring(new KeysetStore(KeysetKind.FIELD_AEAD, properties.keyset(), properties.keysetFile(),
				properties.generateIfMissing()));
	}

	@Bean
	TinkFieldEncryption fieldEncryption(FieldKeyring keyring) {
		return new TinkFieldEncryption(keyring);
	}

	@Bean
	BlindIndex blindIndex(CryptoProperties properties) {
		return new TinkBlindIndex(new KeysetStore(KeysetKind.BLIND_INDEX, properties.indexKeyset(),
				properties.indexKeysetFile(), properties.generateIfMissing()));
	}

}
