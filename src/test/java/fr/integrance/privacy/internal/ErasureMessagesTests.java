package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.Register;

/**
 * What an erasure answer tells the person comes from the privacy bundles, in French and
 * in English: one message for each retention rule of the register under which a record
 * may be kept, and one for each other result. No sentence is written in Java.
 */
class ErasureMessagesTests {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ErasureMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyRetentionRuleAndEveryResultHasItsMessageInBothLanguages() throws IOException {
		Register register = RegisterLoader.load(null).register();
		Properties french = bundle("privacy_fr");
		Properties english = bundle("privacy");

		for (Register.RetentionRule rule : register.retentionRules()) {
			String key = ErasureOutcome.kept("m", "t#1", rule.id(), null).messageKey();
			assertThat(key).isEqualTo("privacy.erasure.kept." + rule.id());
			assertThat(french.getProperty(key)).as(key).isNotBlank();
			assertThat(english.getProperty(key)).as(key).isNotBlank();
		}
		for (ErasureOutcome outcome : new ErasureOutcome[] { ErasureOutcome.erased("m", "t#1"),
				ErasureOutcome.anonymised("m", "t#1"), ErasureOutcome.deferred("m", "t#1") }) {
			assertThat(french.getProperty(outcome.messageKey())).as(outcome.messageKey()).isNotBlank();
			assertThat(english.getProperty(outcome.messageKey())).as(outcome.messageKey()).isNotBlank();
		}
		assertThat(french.stringPropertyNames()).filteredOn(key -> key.startsWith("privacy.erasure.kept."))
			.allSatisfy(key -> assertThat(register.retentionRule(key.substring("privacy.erasure.kept.".length())))
				.as(key + " names a rule of the register")
				.isPresent());
	}

}
