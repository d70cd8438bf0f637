package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key a value object can throw, and every civility label, has its French
 * and English text in the {@code i18n/values} bundle, so that a form never shows a bare
 * key.
 */
class ValueMessagesTests {

	private static final Path SOURCES = Path.of("src/main/java/fr/integrance/platform");

	/**
	 * A message key as a string literal: what {@code new InvalidValueException(…)}
	 * receives, directly or not.
	 */
	private static final Pattern THROWN_KEY = Pattern
		.compile("\"([a-z-]+(?:\\.[a-z-]+)*\\.(?:invalid|required)|[a-z-]+\\.end-before-start)\"");

	private static final Pattern DOCUMENTED_KEY = Pattern.compile("\\{@code ([a-z-]+(?:\\.[a-z-]+)+)}");

	@Test
	void everyThrownKeyHasAFrenchAndAnEnglishText() throws IOException {
		Set<String> keys = thrownKeys();
		Arrays.stream(Civility.values()).map(Civility::messageKey).forEach(keys::add);

		assertThat(keys).contains("nir.invalid", "iban.invalid", "email.invalid", "date-range.end-before-start",
				"person-name.last-name.invalid");
		assertThat(load("i18n/values_fr.properties").stringPropertyNames()).containsAll(keys);
		assertThat(load("i18n/values.properties").stringPropertyNames()).containsAll(keys);
	}

	@Test
	void everyKeyADocCommentPromisesIsThrownSomewhere() throws IOException {
		Set<String> thrown = thrownKeys();
		Set<String> documented = new TreeSet<>();
		for (Path source : sources()) {
			String text = Files.readString(source);
			if (!text.contains("@throws InvalidValueException")) {
				continue;
			}
			Matcher matcher = DOCUMENTED_KEY.matcher(text.substring(text.indexOf("@throws InvalidValueException")));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (key.endsWith(".invalid") || key.endsWith(".required") || key.endsWith("before-start")) {
					documented.add(key);
				}
			}
		}
		assertThat(thrown).containsAll(documented);
	}

	private static Set<String> thrownKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path source : sources()) {
			Matcher matcher = THROWN_KEY.matcher(Files.readString(source));
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}
		return keys;
	}

	private static java.util.List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.list(SOURCES)) {
			return files.filter(path -> path.toString().endsWith(".java")).toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", resource), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
