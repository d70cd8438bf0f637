package fr.integrance.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A landed migration is never edited: every migration's checksum is listed in
 * {@code src/test/resources/db/migration-checksums.txt}, and a migration whose content no
 * longer matches its line, or that has no line, fails the build. A new migration gets its
 * line (printed below) once it is final. The vendor folders also keep the same version
 * numbers on both databases.
 */
class MigrationChecksumsTests {

	static final String MANIFEST = "db/migration-checksums.txt";

	private static final Pattern VERSION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

	@Test
	void everyMigrationIsListedWithTheChecksumItLandedWith() throws IOException {
		Map<String, String> listed = manifest();
		Map<String, String> found = migrations();
		List<String> problems = new ArrayList<>();

		found.forEach((path, checksum) -> {
			String landed = listed.get(path);
			if (landed == null) {
				problems.add(path + " is not listed in src/test/resources/" + MANIFEST
						+ ": once the migration is final, add the line «" + path + " " + checksum + "»");
			}
			else if (!landed.equals(checksum)) {
				problems.add(path + " changed after it landed (" + checksum
						+ "): a landed migration is never edited, add a new version instead");
			}
		});
		listed.keySet()
			.stream()
			.filter(path -> !found.containsKey(path))
			.forEach(path -> problems.add(path + " is listed but gone: a landed migration is never removed"));

		assertThat(problems).isEmpty();
	}

	@Test
	void bothDatabasesHaveTheSameVendorVersionsAndNoneRepeatsACommonOne() throws IOException {
		Set<String> common = versions("db/migration/");
		Set<String> postgres = versions("db/vendor/postgresql/");
		Set<String> h2 = versions("db/vendor/h2/");

		assertThat(postgres).isEqualTo(h2).contains("21", "51", "81", "89").doesNotContainAnyElementsOf(common);
	}

	private static Set<String> versions(String folder) throws IOException {
		Set<String> versions = new TreeSet<>();
		for (String path : migrations().keySet()) {
			Matcher matcher = VERSION.matcher(path.substring(path.lastIndexOf('/') + 1));
			if (path.startsWith(folder) && matcher.matches()) {
				versions.add(matcher.group(1));
			}
		}
		return versions;
	}

	/** Path under the classpath root → SHA-256, for every SQL migration. */
	private static Map<String, String> migrations() throws IOException {
		Map<String, String> migrations = new TreeMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String pattern : List.of("classpath*:db/migration/**/*.sql", "classpath*:db/vendor/**/*.sql")) {
			for (Resource resource : resolver.getResources(pattern)) {
				String url = resource.getURL().toString();
				try (InputStream in = resource.getInputStream()) {
					migrations.put(url.substring(url.lastIndexOf("/db/") + 1), checksum(in.readAllBytes()));
				}
			}
		}
		return migrations;
	}

	private static Map<String, String> manifest() throws IOException {
		Map<String, String> listed = new TreeMap<>();
		try (InputStream in = new ClassPathResource(MANIFEST).getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					String[] parts = entry.split("\\s+");
					listed.put(parts[0], parts[1]);
				}
			}
		}
		return listed;
	}

	/**
	 * SHA-256 of the text with its line endings as {@code \n}, without a byte-order mark.
	 */
	static String checksum(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		text = text.replace("\r\n", "\n").replace('\r', '\n');
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
