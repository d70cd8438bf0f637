package fr.integrance.privacy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

import fr.integrance.privacy.Register;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the register from {@code register/*.yml} on the classpath, or from every
 * {@code *.yml} of a directory when one is configured (the directory then replaces the
 * classpath register whole). Each file holds one or more top-level sections
 * ({@code purposes}, {@code cookies}, …); a section may appear in one file only. The
 * result is validated by {@link RegisterValidator}.
 */
final class RegisterLoader {

	static final String CLASSPATH_PATTERN = "classpath*:register/*.yml";

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// an absent "first_party: true" means false
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/**
	 * The top-level sections, as written in the files: the register's components in
	 * snake_case.
	 */
	static final List<String> SECTIONS = Arrays.stream(Register.class.getRecordComponents())
		.map(component -> snakeCase(component.getName()))
		.toList();

	private RegisterLoader() {
	}

	/**
	 * {@code dataCategories -> data_categories}, as the SNAKE_CASE naming strategy reads
	 * the files.
	 */
	static String snakeCase(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Loads and validates; throws {@link InvalidRegisterException} naming every problem
	 * found.
	 */
	static LoadedRegister load(String registerDir) {
		LoadedRegister loaded = StringUtils.hasText(registerDir) ? parse(fromDirectory(Path.of(registerDir)))
				: parse(fromClasspath());
		List<String> problems = RegisterValidator.validate(loaded);
		if (!problems.isEmpty()) {
			throw new InvalidRegisterException(problems);
		}
		return loaded;
	}

	/** A register file: where it is shown to come from, and its bytes. */
	record Source(String name, byte[] content) {
	}

	static List<Source> fromClasspath() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN);
			List<Source> sources = new ArrayList<>();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					sources.add(new Source("register/" + resource.getFilename(), in.readAllBytes()));
				}
			}
			sources.sort(Comparator.comparing(Source::name));
			if (sources.isEmpty()) {
				throw new InvalidRegisterException(List.of("register: no register/*.yml file on the classpath"));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new InvalidRegisterException(List.of("register: cannot read register/*.yml: " + ex.getMessage()));
		}
	}

	static List<Source> fromDirectory(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new InvalidRegisterException(
					List.of("app.privacy.register-dir: '" + directory + "' is not a readable directory"));
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<Source> sources = new ArrayList<>();
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
				sources.add(new Source(file.toString(), Files.readAllBytes(file)));
			}
			if (sources.isEmpty()) {
				throw new InvalidRegisterException(
						List.of("app.privacy.register-dir: no *.yml file in '" + directory + "'"));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new InvalidRegisterException(
					List.of("app.privacy.register-dir: cannot read '" + directory + "': " + ex.getMessage()));
		}
	}

	/**
	 * Merges the files' sections into one document and binds it; problems name the file.
	 */
	static LoadedRegister parse(List<Source> files) {
		ObjectNode merged = YAML.createObjectNode();
		Map<String, String> sectionSources = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (Source file : files) {
			JsonNode document;
			try {
				document = YAML.readTree(file.content());
			}
			catch (JacksonException ex) {
				problems.add(file.name() + ": not valid YAML: " + ex.getOriginalMessage());
				continue;
			}
			if (document == null || document.isMissingNode() || document.isNull()) {
				continue;
			}
			if (!document.isObject()) {
				problems
					.add(file.name() + ": expected sections (" + String.join(", ", SECTIONS) + ") at the top level");
				continue;
			}
			for (Map.Entry<String, JsonNode> section : document.properties()) {
				String key = section.getKey();
				if (!SECTIONS.contains(key)) {
					problems.add(file.name() + ": unknown section '" + key + "' (expected one of "
							+ String.join(", ", SECTIONS) + ")");
				}
				else if (sectionSources.containsKey(key)) {
					problems
						.add(file.name() + ": section '" + key + "' is already given in " + sectionSources.get(key));
				}
				else {
					sectionSources.put(key, file.name());
					merged.set(key, section.getValue());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRegisterException(problems);
		}
		try {
			return new LoadedRegister(YAML.treeToValue(merged, Register.class), sectionSources);
		}
		catch (DatabindException ex) {
			String path = ex.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining())
				.replaceFirst("^\\.", "");
			String section = path.split("[.\\[]", 2)[0];
			String file = sectionSources.getOrDefault(section, "register");
			throw new InvalidRegisterException(List.of(file + ": at '" + path + "': " + ex.getOriginalMessage()));
		}
	}

}
