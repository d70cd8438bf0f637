package fr.integrance.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * The audit journal's own retention, without breaking its chain: the oldest entries are
 * purged a segment at a time. A purge first checks the whole journal (a broken journal is
 * evidence and is not purged), then records a signed segment naming the last entry it
 * removes, then deletes the entries the segment covers in short transactions; the
 * verifier starts after the latest segment. The purge is journaled. The retention period
 * itself is the register's (the retention module calls this).
 */
public interface AuditJournalRetention {

	/**
	 * Purges the entries recorded before {@code cutoff}, never the chain's last entry;
	 * also finishes a purge a crash interrupted.
	 * @return the new segment, or empty when there was nothing new to purge
	 * @throws IllegalStateException when the journal does not verify: nothing is purged
	 */
	Optional<JournalSegment> purgeRecordedBefore(Instant cutoff);

	/** The latest segment, if entries were ever purged. */
	Optional<JournalSegment> segment();

}
