package fr.integrance.platform;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an encrypted value lives: its table, its column and the id of its row. It is
 * bound to the ciphertext as associated data, so a ciphertext copied to another row,
 * another column or another table no longer decrypts.
 * <p>
 * The row id must be known before the value is encrypted: entities holding encrypted
 * fields assign their id in code (a UUID), not from a database sequence. Use the id's
 * usual text form ({@code UUID.toString()}, {@code Long.toString()}), the same one
 * {@link FieldReEncryptionJob} reads back through JDBC. Table and column names are
 * compared without regard to case, as SQL does for unquoted names.
 *
 * @param table the table name, e.g. {@code "person"}
 * @param column the column name, e.g. {@code "nir"}
 * @param rowId the row's id as text
 */
public record FieldContext(String table, String column, String rowId) {

	public FieldContext {
		requireText(table, "table");
		requireText(column, "column");
		requireText(rowId, "rowId");
	}

	/**
	 * The associated data: each part as a 4-byte big-endian length followed by its UTF-8
	 * bytes, so that no two different contexts encode alike ({@code ("ab","c")} differs
	 * from {@code ("a","bc")}).
	 */
	public byte[] associatedData() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeLengthPrefixed(out, table.toLowerCase(Locale.ROOT));
		writeLengthPrefixed(out, column.toLowerCase(Locale.ROOT));
		writeLengthPrefixed(out, rowId);
		return out.toByteArray();
	}

	private static void writeLengthPrefixed(ByteArrayOutputStream out, String part) {
		byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
		out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		out.writeBytes(bytes);
	}

	private static void requireText(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}
}
