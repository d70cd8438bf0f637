package fr.integrance.audit;

import java.util.Objects;

/**
 * One event to record. It has no time: the journal stamps it from its own clock, so a
 * caller can neither forget nor choose it. Every reference is an id checked by shape; an
 * e-mail address, a name or any text with spaces is refused.
 * <p>
 * Built from a static factory and withers, e.g.
 * {@code AuditEvent.success(AuditActor.account(id), AuditAction.PERSON_READ).withSubject(personId)
 * .withObject("contract:123").withPurpose("member-management")}.
 *
 * @param actor who acted
 * @param action what was done
 * @param outcome how it ended
 * @param subjectRef the data subject's id (whose data), or {@code null}
 * @param objectRef the object acted on, as {@code type:id} (e.g. {@code contract:123}),
 * or {@code null}
 * @param purpose the register purpose id the action served, or {@code null}
 */
public record AuditEvent(AuditActor actor, AuditAction action, AuditOutcome outcome, String subjectRef,
		String objectRef, String purpose) {

	public AuditEvent {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		AuditRefs.optional("subject ref", subjectRef);
		AuditRefs.optional("object ref", objectRef);
		AuditRefs.optional("purpose", purpose);
	}

	public static AuditEvent of(AuditActor actor, AuditAction action, AuditOutcome outcome) {
		return new AuditEvent(actor, action, outcome, null, null, null);
	}

	public static AuditEvent success(AuditActor actor, AuditAction action) {
		return of(actor, action, AuditOutcome.SUCCESS);
	}

	public static AuditEvent failure(AuditActor actor, AuditAction action) {
		return of(actor, action, AuditOutcome.FAILURE);
	}

	public static AuditEvent denied(AuditActor actor, AuditAction action) {
		return of(actor, action, AuditOutcome.DENIED);
	}

	/**
	 * The same event about the given data subject (their id, never their name or e-mail).
	 */
	public AuditEvent withSubject(String subjectRef) {
		return new AuditEvent(actor, action, outcome, subjectRef, objectRef, purpose);
	}

	/** The same event about the given object, as {@code type:id}. */
	public AuditEvent withObject(String objectRef) {
		return new AuditEvent(actor, action, outcome, subjectRef, objectRef, purpose);
	}

	/** The same event for the given register purpose id. */
	public AuditEvent withPurpose(String purposeId) {
		return new AuditEvent(actor, action, outcome, subjectRef, objectRef, purposeId);
	}
}
