package fr.integrance.audit;

import java.util.Optional;

/**
 * Where signed checkpoints of the journal's head are kept: anywhere but the journal's
 * database, so that an intruder who rewrites the database cannot rewrite them too. The
 * port's adapter is chosen by {@code app.audit.checkpoints.store}:
 * <ul>
 * <li>{@code file} (default): append-only lines in {@code app.audit.checkpoints.file}
 * ({@code <data dir>/audit/journal-checkpoints.log}), each flushed to disk. It guards
 * against an intruder in the database only, not one who also has the machine's files:
 * fine for the embedded profile and a single server;</li>
 * <li>{@code object-store}: for production, an object store with a retention lock (S3
 * Object Lock in compliance mode or the like) written by another identity than the
 * database's. <b>Not implemented yet</b>: the stub refuses to start, so that a production
 * that asks for it never runs without checkpoints.</li>
 * </ul>
 * A mail of each checkpoint to the DPO's mailbox is another production option (any module
 * may provide a bean of this type and set the setting to {@code custom}).
 */
public interface JournalCheckpoints {

	/** Keeps the checkpoint for good. */
	void append(JournalCheckpoint checkpoint);

	/**
	 * The last checkpoint kept, if any.
	 * @throws IllegalStateException when the last record cannot be read as a checkpoint
	 */
	Optional<JournalCheckpoint> latest();

}
