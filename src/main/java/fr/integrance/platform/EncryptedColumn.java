package fr.integrance.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares a column that holds {@link FieldEncryption} ciphertexts, so that
 * {@link FieldReEncryptionJob} can move it to the newest key after a rotation. A module
 * declares one bean per encrypted column: <pre>{@code
 * &#64;Bean
 * EncryptedColumn personNir() {
 *     return new EncryptedColumn("person", "id", "nir");
 * }
 * }</pre> Its rows must have been encrypted with
 * {@code new FieldContext(table, column, id)}, the id as text. The names are plain SQL
 * identifiers (checked here, since they go into SQL).
 *
 * @param table the table, optionally schema-qualified ({@code schema.table})
 * @param idColumn the table's primary-key column, used to walk the rows in order
 * @param column the encrypted column
 */
public record EncryptedColumn(String table, String idColumn, String column) {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	private static final Pattern TABLE = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")?");

	public EncryptedColumn {
		requireMatch(table, TABLE, "table");
		requireMatch(idColumn, IDENTIFIER, "idColumn");
		requireMatch(column, IDENTIFIER, "column");
	}

	private static void requireMatch(String value, Pattern pattern, String name) {
		Objects.requireNonNull(value, name);
		if (!pattern.matcher(value).matches()) {
			throw new IllegalArgumentException(name + " is not a plain SQL identifier: " + value);
		}
	}
}
