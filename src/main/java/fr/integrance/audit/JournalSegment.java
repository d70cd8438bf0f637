package fr.integrance.audit;

import java.time.Instant;

/**
 * Where the journal starts since its old entries were purged (its own retention): every
 * entry up to {@code lastPurgedSequence} is gone, and the verifier starts the chain after
 * it, from the link this segment names, under the journal's signature.
 *
 * @param lastPurgedSequence the last entry purged; the chain goes on from the next
 * @param purgedAt when the segment was recorded
 * @param recordedBefore the entries recorded before this instant were purged (but never
 * the chain's last entry)
 */
public record JournalSegment(long lastPurgedSequence, Instant purgedAt, Instant recordedBefore) {
}
