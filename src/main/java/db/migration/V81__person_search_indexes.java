package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The indexes behind the people search ({@code search_key LIKE 'KEY%'}, optionally with
 * the birth date), for a million people.
 * <p>
 * On PostgreSQL a plain B-tree on a text column serves {@code LIKE 'prefix%'} only when
 * the database collation is {@code C}; with the usual {@code fr_FR.UTF-8} or
 * {@code en_US.UTF-8} it does not. The {@code text_pattern_ops} operator class compares
 * byte by byte and serves prefix patterns whatever the collation (the keys are upper-case
 * ASCII letters and digits anyway). H2 knows no operator classes and uses a plain index
 * for a prefix LIKE: it gets plain indexes. Java rather than SQL because SQL migrations
 * must run unchanged on both databases.
 */
public class V81__person_search_indexes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		String pattern = postgres ? " text_pattern_ops" : "";
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE INDEX ix_person_search_key ON person (search_key" + pattern + ", birth_date)");
			statement
				.execute("CREATE INDEX ix_person_birth_name_key ON person (birth_name_key" + pattern + ", birth_date)");
		}
	}

}
