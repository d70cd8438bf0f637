package fr.integrance.platform.crypto;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.EncryptedColumn;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldReEncryptionJob;

/**
 * {@link FieldReEncryptionJob} over JDBC. Rows are read in id order, a page at a time,
 * starting after the last id seen (never with OFFSET, which slows down and skips rows as
 * the table changes). Each rewrite is its own short transaction and only applies if the
 * column still holds the value that was read, so a concurrent change by the application
 * wins.
 */
final class JdbcFieldReEncryptionJob implements FieldReEncryptionJob {

	private static final Logger log = LoggerFactory.getLogger(JdbcFieldReEncryptionJob.class);

	private final TinkFieldEncryption encryption;

	private final List<EncryptedColumn> columns;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final int batchSize;

	JdbcFieldReEncryptionJob(TinkFieldEncryption encryption, List<EncryptedColumn> columns, JdbcTemplate jdbc,
			TransactionTemplate transactions, int batchSize) {
		this.encryption = encryption;
		this.columns = List.copyOf(columns);
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.batchSize = batchSize;
	}

	private record StoredValue(Object id, String ciphertext) {
	}

	@Override
	public Counts run() {
		Counts total = new Counts(0, 0, 0, 0);
		for (EncryptedColumn column : columns) {
			total = total.plus(run(column));
		}
		return total;
	}

	private Counts run(EncryptedColumn column) {
		String select = "SELECT " + column.idColumn() + ", " + column.column() + " FROM " + column.table() + " WHERE "
				+ column.column() + " IS NOT NULL";
		String firstPage = select + " ORDER BY " + column.idColumn() + " LIMIT ?";
		String nextPage = select + " AND " + column.idColumn() + " > ? ORDER BY " + column.idColumn() + " LIMIT ?";
		String update = "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + column.idColumn()
				+ " = ? AND " + column.column() + " = ?";
		RowMapper<StoredValue> mapper = (rs, row) -> new StoredValue(rs.getObject(1), rs.getString(2));

		long examined = 0;
		long reEncrypted = 0;
		long unchanged = 0;
		long failed = 0;
		Object lastId = null;
		while (true) {
			// The id is passed back as the object JDBC returned, so UUID, numeric and
			// text ids all work.
			List<StoredValue> page = lastId == null ? jdbc.query(firstPage, mapper, batchSize)
					: jdbc.query(nextPage, mapper, lastId, batchSize);
			for (StoredValue stored : page) {
				examined++;
				if (encryption.isUnderPrimaryKey(stored.ciphertext())) {
					unchanged++;
					continue;
				}
				FieldContext context = new FieldContext(column.table(), column.column(), stored.id().toString());
				String replacement;
				try {
					replacement = encryption.encrypt(encryption.decrypt(stored.ciphertext(), context), context);
				}
				catch (DecryptionFailedException ex) {
					failed++;
					log.warn("Re-encryption: {}.{} of row {} does not decrypt; left as it is", column.table(),
							column.column(), stored.id());
					continue;
				}
				Integer updated = transactions
					.execute(status -> jdbc.update(update, replacement, stored.id(), stored.ciphertext()));
				if (updated != null && updated == 1) {
					reEncrypted++;
				}
				else {
					unchanged++;
				}
			}
			if (page.size() < batchSize) {
				break;
			}
			lastId = page.get(page.size() - 1).id();
		}
		log.info("Re-encryption of {}.{}: {} values examined, {} re-encrypted, {} unchanged, {} failed", column.table(),
				column.column(), examined, reEncrypted, unchanged, failed);
		return new Counts(examined, reEncrypted, unchanged, failed);
	}

	@Override
	public String toString() {
		return "JdbcFieldReEncryptionJob[" + columns.size() + " columns, batch " + batchSize + "]";
	}

}
