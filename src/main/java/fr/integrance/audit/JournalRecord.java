package fr.integrance.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One journal entry as stored, without its chain links: ids only, as the journal keeps
 * them.
 *
 * @param sequence its position in the chain
 * @param recordedAt when the journal appended it
 * @param actorRef {@link AuditActor#ref()}
 * @param action {@link AuditAction#code()}
 * @param subjectRef the data subject as stored, or {@code null}
 * @param objectRef the object as {@code type:id}, or {@code null}
 * @param purpose the register purpose id, or {@code null}
 * @param outcome the {@link AuditOutcome} name
 */
public record JournalRecord(long sequence, Instant recordedAt, String actorRef, String action,
		@Nullable String subjectRef, @Nullable String objectRef, @Nullable String purpose, String outcome) {

	/**
	 * What sort of actor: {@code ACCOUNT}, {@code SYSTEM} or {@code ANONYMOUS} (the
	 * stored prefix).
	 */
	public String actorKind() {
		int colon = actorRef.indexOf(':');
		return colon < 0 ? actorRef : actorRef.substring(0, colon);
	}

	/** The actor's id without its kind, or {@code null} for an anonymous visitor. */
	public @Nullable String actorId() {
		int colon = actorRef.indexOf(':');
		return colon < 0 ? null : actorRef.substring(colon + 1);
	}

}
