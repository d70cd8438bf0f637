package fr.integrance.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the journal; every criterion is optional and they combine with AND.
 *
 * @param subjectRef the stored subject ({@code PERSON:<id>}, {@code EMAIL:<digest>}…),
 * exactly
 * @param actorRef the stored actor ({@code ACCOUNT:<id>}, {@code SYSTEM:<job>},
 * {@code ANONYMOUS}), exactly
 * @param action the action code ({@code person.read}), exactly
 * @param from entries recorded at or after this instant
 * @param until entries recorded strictly before this instant
 * @param before keyset: only entries whose sequence is lower (the next page), or
 * {@code null} for the newest
 * @param size the page size, 1 to {@value #MAX_SIZE}
 */
public record JournalQuery(@Nullable String subjectRef, @Nullable String actorRef, @Nullable String action,
		@Nullable Instant from, @Nullable Instant until, @Nullable Long before, int size) {

	public static final int MAX_SIZE = 200;

	public JournalQuery {
		AuditEvent.optionalRef("subject ref", subjectRef);
		AuditEvent.optionalRef("actor ref", actorRef);
		if (action != null) {
			new AuditAction(action);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " entries");
		}
	}

	/** Every entry, newest first, {@code size} at a time. */
	public static JournalQuery all(int size) {
		return new JournalQuery(null, null, null, null, null, null, size);
	}

}
