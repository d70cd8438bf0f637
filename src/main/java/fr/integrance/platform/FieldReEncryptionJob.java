package fr.integrance.platform;

/**
 * Moves every value of every declared {@link EncryptedColumn} to the current primary key
 * after a {@link FieldKeyRotation}: each value made with an older key is decrypted with
 * its row's context and encrypted again, one row per short transaction, and written only
 * if nobody changed it meanwhile. Values already under the primary key are left alone, so
 * a run can be interrupted and started again, and a second run changes nothing.
 * <p>
 * Not scheduled: an administrator starts it (a scheduled, node-locked run comes later).
 */
public interface FieldReEncryptionJob {

	/** Walks all declared columns once. */
	Counts run();

	/**
	 * What a run did, over all columns.
	 *
	 * @param examined non-null values read
	 * @param reEncrypted values rewritten under the primary key
	 * @param unchanged values left as they were: already under the primary key, or
	 * rewritten by the application during the run
	 * @param failed values that did not decrypt (logged with their table, column and row
	 * id)
	 */
	record Counts(long examined, long reEncrypted, long unchanged, long failed) {

		public Counts plus(Counts other) {
			return new Counts(examined + other.examined, reEncrypted + other.reEncrypted, unchanged + other.unchanged,
					failed + other.failed);
		}
	}

}
