package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The name search returns its first page in index order, without sorting every match:
 * "Martin" matches about 10,000 of a million people, and a sort of them all on each
 * search cost 40–50 ms.
 * <p>
 * On PostgreSQL the search keys become {@code COLLATE "C"} columns (they hold only
 * upper-case ASCII letters and digits, so byte order is alphabetical order) with plain
 * B-tree indexes: such an index serves both {@code LIKE 'KEY%'} and
 * {@code ORDER BY search_key, birth_date}, which the {@code text_pattern_ops} indexes of
 * V81 did not do for ordering under the database's collation. H2 compares strings by code
 * point already and keeps its plain indexes of V81.
 */
public class V89__person_search_keys_in_c_collation extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP INDEX ix_person_search_key");
			statement.execute("DROP INDEX ix_person_birth_name_key");
			statement.execute("ALTER TABLE person ALTER COLUMN search_key TYPE VARCHAR(100) COLLATE \"C\"");
			statement.execute("ALTER TABLE person ALTER COLUMN birth_name_key TYPE VARCHAR(100) COLLATE \"C\"");
			statement.execute("CREATE INDEX ix_person_search_key ON person (search_key, birth_date)");
			statement.execute("CREATE INDEX ix_person_birth_name_key ON person (birth_name_key, birth_date)");
		}
	}

}
