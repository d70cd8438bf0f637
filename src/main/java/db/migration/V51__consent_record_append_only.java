package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code consent_record} append-only in the database too: on PostgreSQL a trigger
 * refuses every UPDATE (a proof that can be rewritten proves nothing). H2, the embedded
 * database, has no trigger language without a Java class on its side; there the immutable
 * entity is the guard. DELETE stays possible for the retention sweep that will end the
 * records' life.
 */
public class V51__consent_record_append_only extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		if (!"PostgreSQL".equalsIgnoreCase(product)) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					CREATE FUNCTION consent_record_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN
					    RAISE EXCEPTION 'consent_record is append-only: insert a new record instead';
					END
					$$""");
			statement.execute("""
					CREATE TRIGGER consent_record_append_only BEFORE UPDATE ON consent_record
					FOR EACH ROW EXECUTE FUNCTION consent_record_refuse_update()""");
		}
	}

}
