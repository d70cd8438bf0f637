package fr.integrance.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from a message key present in both locales: a template
 * with hard-coded text, a key missing in French or in English, or a key used by a
 * template but defined nowhere fails the build.
 */
class I18nTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/**
	 * Attributes a person reads or hears (screen readers) that must not hold literal
	 * text.
	 */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "value", "label");

	/** Elements whose content is not prose for a person. */
	private static final Set<String> NON_TEXT_ELEMENTS = Set.of("script", "style", "code", "pre");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				checkElement(TEMPLATES.relativize(template).toString(), element, problems);
			}
		}
		assertThat(problems).as("hard-coded text in templates (use th:text=\"#{key}\")").isEmpty();
	}

	@Test
	void everyBundleHasTheSameKeysInFrenchAndEnglish() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			Set<String> english = load(basename + ".properties").stringPropertyNames();
			Set<String> french = load(basename + "_fr.properties").stringPropertyNames();
			difference(french, english).forEach(key -> problems.add(basename + ": '" + key + "' missing in English"));
			difference(english, french).forEach(key -> problems.add(basename + ": '" + key + "' missing in French"));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyUsedByATemplateExistsInBothLocales() throws IOException {
		Set<String> english = new TreeSet<>();
		Set<String> french = new TreeSet<>();
		for (String basename : basenames()) {
			english.addAll(load(basename + ".properties").stringPropertyNames());
			french.addAll(load(basename + "_fr.properties").stringPropertyNames());
		}
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (!english.contains(key) || !french.contains(key)) {
					problems.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(problems).as("message keys used by templates but not defined in both locales").isEmpty();
	}

	@Test
	void messagesWithArgumentsHaveNoSingleAsciiApostrophe() throws IOException {
		// MessageFormat treats a lone ' as a quote and silently drops text around the
		// argument.
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			for (String file : List.of(basename + ".properties", basename + "_fr.properties")) {
				Properties messages = load(file);
				for (String key : messages.stringPropertyNames()) {
					String value = messages.getProperty(key);
					if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
						problems.add(file + ": " + key);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void detectorFindsHardCodedTextAndAcceptsKeys() {
		List<String> problems = new ArrayList<>();
		Document document = Jsoup.parse("""
				<div><p>Bonjour</p><p th:text="#{ok}">replaced</p><img alt="Logo"/>
				<input th:placeholder="#{ok}"/><span>  </span><span>42</span></div>""", "", Parser.xmlParser());
		document.getAllElements().forEach(element -> checkElement("sample", element, problems));

		assertThat(problems).hasSize(2);
		assertThat(problems.get(0)).contains("Bonjour");
		assertThat(problems.get(1)).contains("alt");
	}

	private static void checkElement(String file, Element element, List<String> problems) {
		if (NON_TEXT_ELEMENTS.contains(element.tagName()) || isReplaced(element)) {
			return;
		}
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text && LETTERS.matcher(text.text()).find()) {
				problems.add(file + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
			}
		}
		for (String attribute : TEXT_ATTRIBUTES) {
			String value = element.attr(attribute);
			if (element.hasAttr(attribute) && LETTERS.matcher(value).find() && !isTechnicalValue(element, attribute)) {
				problems.add(file + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">");
			}
		}
	}

	/** Content of an element, or of an ancestor, that Thymeleaf replaces at rendering. */
	private static boolean isReplaced(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext")
					|| current.hasAttr("th:replace") && current != element.ownerDocument().child(0)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A form value that is data, not text: hidden inputs, checkboxes, radios and options
	 * carry codes.
	 */
	private static boolean isTechnicalValue(Element element, String attribute) {
		if (!"value".equals(attribute)) {
			return false;
		}
		String type = element.attr("type");
		return "option".equals(element.tagName()) || Set.of("hidden", "checkbox", "radio").contains(type);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	/**
	 * The bundles declared in spring.messages.basename, so that a new area's bundle is
	 * checked too.
	 */
	private static List<String> basenames() throws IOException {
		Properties application = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve("application.properties"))) {
			application.load(in);
		}
		return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toList();
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		Path path = RESOURCES.resolve(file);
		assertThat(path).as("message bundle %s", file).exists();
		try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
