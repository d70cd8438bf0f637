package fr.integrance.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A rolling upgrade runs the new release's migrations while the other node still runs the
 * previous release's code, so each migration must only <em>expand</em> the schema (README
 * « Schema changes without downtime »): new tables, new nullable or defaulted columns,
 * new indexes, looser constraints. What the old code could trip on — dropping or renaming
 * a table or a column, narrowing a column's type, a new NOT NULL column without a
 * default, a new CHECK or NOT NULL on an existing column — belongs to a <em>contract</em>
 * migration, shipped one release after the code stopped using what it removes, and says
 * so in a {@code -- contract:} comment giving the release that stopped. Migrations before
 * {@link #FIRST_RULED} were applied together at the first installation (nothing ran
 * before them) and are not checked.
 */
class ExpandContractMigrationTests {

	/** The first migration under the rule (the first one after the first release). */
	static final int FIRST_RULED = 220;

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	private static final Map<String, Pattern> CONTRACTING = Map.of( //
			"drops a table", Pattern.compile("\\bDROP\\s+TABLE\\b"), //
			"drops a column", Pattern.compile("\\bDROP\\s+COLUMN\\b"), //
			"renames", Pattern.compile("\\bRENAME\\b"), //
			"changes a column's type", Pattern.compile("\\bALTER\\s+COLUMN\\s+\\w+\\s+(SET\\s+DATA\\s+)?TYPE\\b"), //
			"makes an existing column NOT NULL", Pattern.compile("\\bALTER\\s+COLUMN\\s+\\w+\\s+SET\\s+NOT\\s+NULL\\b"), //
			"adds a NOT NULL column without a default",
			Pattern.compile(
					"\\bADD\\s+(?:COLUMN\\s+)?(?!CONSTRAINT\\b)\\w+\\s+(?:(?!DEFAULT\\b)[^;,])*?\\bNOT\\s+NULL\\b"), //
			"adds a CHECK to an existing table",
			Pattern.compile("\\bALTER\\s+TABLE\\b[^;]*\\bADD\\s+CONSTRAINT\\s+\\w+\\s+CHECK\\b"));

	@Test
	void everyMigrationAfterTheFirstReleaseOnlyExpandsOrSaysItContracts() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/resources/db/migration"), Path.of("src/main/resources/db/vendor/h2"),
				Path.of("src/main/resources/db/vendor/postgresql"))) {
			try (Stream<Path> files = Files.list(root)) {
				for (Path file : files.sorted().toList()) {
					Matcher version = VERSION.matcher(file.getFileName().toString());
					if (!version.matches() || Integer.parseInt(version.group(1)) < FIRST_RULED) {
						continue;
					}
					String text = Files.readString(file);
					if (text.contains("-- contract:")) {
						continue;
					}
					String sql = withoutComments(text).toUpperCase(java.util.Locale.ROOT);
					CONTRACTING.forEach((what, pattern) -> {
						if (pattern.matcher(sql).find()) {
							problems.add(root.getFileName() + "/" + file.getFileName() + " " + what);
						}
					});
				}
			}
		}
		assertThat(problems).as("migrations that would break the node still on the previous release").isEmpty();
	}

	@Test
	void theCheckFindsWhatBreaksThePreviousRelease() {
		assertThat(contracting("ALTER TABLE person DROP COLUMN nir;")).contains("drops a column");
		assertThat(contracting("ALTER TABLE person RENAME COLUMN a TO b;")).contains("renames");
		assertThat(contracting("ALTER TABLE person ADD COLUMN x VARCHAR(10) NOT NULL;"))
			.contains("adds a NOT NULL column without a default");
		assertThat(contracting("ALTER TABLE person ADD COLUMN x BOOLEAN DEFAULT FALSE NOT NULL;")).isEmpty();
		assertThat(contracting("ALTER TABLE person ADD COLUMN x VARCHAR(10);")).isEmpty();
		assertThat(contracting("CREATE TABLE t (id UUID NOT NULL, CONSTRAINT c CHECK (id IS NOT NULL));")).isEmpty();
		assertThat(contracting("ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0);"))
			.contains("adds a CHECK to an existing table");
		assertThat(contracting("ALTER TABLE t ALTER COLUMN a SET NOT NULL;"))
			.contains("makes an existing column NOT NULL");
		assertThat(contracting("CREATE INDEX ix ON t (a);")).isEmpty();
	}

	private static List<String> contracting(String sql) {
		String upper = withoutComments(sql).toUpperCase(java.util.Locale.ROOT);
		return CONTRACTING.entrySet()
			.stream()
			.filter(entry -> entry.getValue().matcher(upper).find())
			.map(Map.Entry::getKey)
			.toList();
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
	}

}
