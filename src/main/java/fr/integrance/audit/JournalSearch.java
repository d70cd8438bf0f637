package fr.integrance.audit;

/**
 * Read-only search of the audit journal for the DPO console: entries matching a
 * {@link JournalQuery}, newest first, a page at a time (keyset paging on the sequence, so
 * that a page costs the same at the start of the journal as deep in it). Entries come out
 * exactly as stored: ids only, nothing decrypted.
 */
public interface JournalSearch {

	/** One page of matching entries, newest first. */
	JournalPage search(JournalQuery query);

}
