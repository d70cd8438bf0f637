package fr.integrance.platform.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.platform.JournalSeal;

/**
 * The audit journal's keys (its MAC and the signature of its checkpoints), apart from the
 * field-encryption beans: each set of keys is read (or created) when the context starts,
 * so a missing one stops the application at once with the settings to fix named.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class JournalSealConfiguration {

	@Bean
	JournalSeal journalSeal(CryptoProperties properties) {
		return new TinkJournalSeal(
				new KeysetStore(KeysetKind.JOURNAL_MAC, properties.journalMacKeyset(),
						properties.journalMacKeysetFile(), properties.generateIfMissing()),
				new KeysetStore(KeysetKind.JOURNAL_SIGNATURE, properties.journalSignatureKeyset(),
						properties.journalSignatureKeysetFile(), properties.generateIfMissing()));
	}

}
