package fr.integrance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.IntegrationTest;

/**
 * On PostgreSQL, the name search is served by the (search key, birth date) indexes of V81 whatever
 * the database collation: with 50,000 people, the planner uses the index for the prefix
 * ({@code ~>=~} / {@code ~<~} are text_pattern_ops' operators). The rows are inserted and rolled
 * back within the test's transaction. Skipped on H2, which has no planner worth asking.
 */
@IntegrationTest
class PersonSearchIndexTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void prefixSearchUsesTheSearchKeyIndexOnPostgreSql() {
		assumeTrue(Boolean.TRUE.equals(
				jdbc.execute((Connection c) -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()))),
				"PostgreSQL only");
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.executeWithoutResult(status -> {
			jdbc.execute("""
					INSERT INTO person (id, civility, last_name, first_names, search_key, birth_date, restricted,
					    created_at, version)
					SELECT gen_random_uuid(), 'M', 'Nom' || n, 'Prenom', 'NOM' || md5(n::text), DATE '1950-01-01' + (n % 20000),
					    FALSE, now(), 0
					FROM generate_series(1, 50000) AS n""");
			jdbc.execute("ANALYZE person");

			List<String> byName = explain("(search_key LIKE 'NOMAB%' OR birth_name_key LIKE 'NOMAB%')");
			List<String> byNameAndBirth = explain(
					"(search_key LIKE 'NOMAB%' OR birth_name_key LIKE 'NOMAB%') AND birth_date = DATE '1980-05-05'");

			assertThat(String.join("\n", byName)).contains("ix_person_search_key").contains("~>=~")
				.doesNotContain("Seq Scan");
			assertThat(String.join("\n", byNameAndBirth)).contains("ix_person_search_key")
				.doesNotContain("Seq Scan");
			status.setRollbackOnly();
		});
	}

	private List<String> explain(String condition) {
		return jdbc.queryForList("EXPLAIN SELECT id FROM person WHERE " + condition
				+ " AND anonymised_at IS NULL ORDER BY last_name, first_names, id LIMIT 20", String.class);
	}
}
