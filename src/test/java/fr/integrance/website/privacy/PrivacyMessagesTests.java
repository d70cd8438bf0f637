package fr.integrance.website.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key of the privacy templates and code exists in French and in English,
 * and no more.
 */
class PrivacyMessagesTests {

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(privacy\\.[a-z0-9.-]+)");

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PrivacyMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		assertThat(bundle("privacy_fr").stringPropertyNames()).isEqualTo(bundle("privacy").stringPropertyNames());
	}

	@Test
	void everyKeyTheTemplatesUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/privacy"))) {
			for (Path template : templates.filter(Files::isRegularFile).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		// keys built in code: retention triggers and end actions, opt-out confirmations
		used.addAll(Set.of("privacy.optout.confirmed.out", "privacy.optout.confirmed.in"));
		for (String trigger : fr.integrance.privacy.RegisterVocabulary.RETENTION_TRIGGERS) {
			used.add("privacy.retention.trigger." + trigger);
		}
		for (String action : fr.integrance.privacy.RegisterVocabulary.END_ACTIONS) {
			used.add("privacy.retention.end-action." + action);
		}

		assertThat(used).isNotEmpty();
		assertThat(bundle("privacy_fr").stringPropertyNames()).containsAll(used);
		assertThat(bundle("privacy").stringPropertyNames()).containsAll(used);
	}

	@Test
	void messagesWithArgumentsUseNoPlainApostrophe() throws IOException {
		for (String name : new String[] { "privacy", "privacy_fr" }) {
			Properties bundle = bundle(name);
			assertThat(bundle.stringPropertyNames()).filteredOn(key -> bundle.getProperty(key).contains("{0}"))
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(name + ":" + key).doesNotContain("'"));
		}
	}

}
