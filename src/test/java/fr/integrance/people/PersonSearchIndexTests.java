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
 * On PostgreSQL, the name search is served by the (search key, birth date) indexes
 * whatever the database collation (the keys are {@code COLLATE "C"} columns since V89):
 * with 50,000 people, the planner reads the first page of a prefix in index order,
 * without sorting the matches. The rows are inserted and rolled back within the test's
 * transaction. Skipped on H2, which has no planner worth asking.
 */
@IntegrationTest
class PersonSearchIndexTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void prefixSearchUsesTheSearchKeyIndexOnPostgreSql() {
		assumeTrue(
				Boolean.TRUE.equals(
						jdbc.execute((Connection c) -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()))),
				"PostgreSQL only");
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.executeWithoutResult(status -> {
			jdbc.execute(
					"""
							INSERT INTO person (id, civility, last_name, first_names, search_key, birth_date, restricted,
							    created_at, version)
							SELECT gen_random_uuid(), 'M', 'Nom' || n, 'Prenom', 'NOM' || upper(md5(n::text)), DATE '1950-01-01' + (n % 20000),
							    FALSE, now(), 0
							FROM generate_series(1, 50000) AS n""");
			jdbc.execute("ANALYZE person");

			List<String> byName = explain("search_key LIKE 'NOMA%'", "search_key, birth_date, id");
			List<String> byBirthName = explain("birth_name_key LIKE 'NOMA%'", "birth_name_key, birth_date, id");
			List<String> byNameAndBirth = explain("search_key LIKE 'NOMA%' AND birth_date = DATE '1980-05-05'",
					"search_key, id");

			assertThat(String.join("\n", byName)).contains("ix_person_search_key")
				.doesNotContain("Seq Scan")
				.doesNotContain("Bitmap Heap Scan");
			assertThat(String.join("\n", byBirthName)).contains("ix_person_birth_name_key").doesNotContain("Seq Scan");
			assertThat(String.join("\n", byNameAndBirth)).contains("ix_person_search_key").doesNotContain("Seq Scan");
			status.setRollbackOnly();
		});
	}

	private List<String> explain(String condition, String order) {
		return jdbc.queryForList("EXPLAIN SELECT id FROM person WHERE " + condition
				+ " AND anonymised_at IS NULL ORDER BY " + order + " LIMIT 51", String.class);
	}

}
