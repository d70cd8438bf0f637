package fr.integrance.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.JournalSubject;

/**
 * One event to record. It has no time: the journal stamps it from its own clock, so a
 * caller can neither forget nor choose it. Every reference is an id checked by shape; an
 * e-mail address, a name or any text with spaces is refused.
 * <p>
 * Built from a static factory and withers, e.g.
 * {@code AuditEvent.success(AuditActor.account(id), AuditAction.PERSON_READ).withSubject(DataSubjectRef.person(id))
 * .withObject("contract:123").withPurpose("member-management")}.
 *
 * @param actor who acted
 * @param action what was done
 * @param outcome how it ended
 * @param subjectRef the data subject (whose data) as {@link JournalSubject#journalRef()}
 * names them, or {@code null}
 * @param objectRef the object acted on, as {@code type:id} (e.g. {@code contract:123}),
 * or {@code null}
 * @param purpose the register purpose id the action served, or {@code null}
 */
public record AuditEvent(AuditActor actor, AuditAction action, AuditOutcome outcome, @Nullable String subjectRef,
		@Nullable String objectRef, @Nullable String purpose) {

	public AuditEvent {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		optionalRef("subject ref", subjectRef);
		optionalRef("object ref", objectRef);
		optionalRef("purpose", purpose);
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
	 * The same event about the given data subject, as the journal names them
	 * ({@code PERSON:<id>}: the privacy kernel's {@code DataSubjectRef}, never a name or
	 * an address).
	 */
	public AuditEvent withSubject(JournalSubject subject) {
		return new AuditEvent(actor, action, outcome, Objects.requireNonNull(subject, "subject").journalRef(),
				objectRef, purpose);
	}

	/** The same event about the given object, as {@code type:id}. */
	public AuditEvent withObject(String objectRef) {
		return new AuditEvent(actor, action, outcome, subjectRef, objectRef, purpose);
	}

	/** The same event for the given register purpose id. */
	public AuditEvent withPurpose(String purposeId) {
		return new AuditEvent(actor, action, outcome, subjectRef, objectRef, purposeId);
	}

	/** Longest reference the journal stores. */
	static final int MAX_REF_LENGTH = 100;

	/**
	 * The shape every reference in the journal must have. The journal stores ids, never
	 * personal values: a strict alphabet without '@', spaces or accents keeps e-mail
	 * addresses, names and free text out, whatever a caller passes by mistake.
	 */
	static String requireRef(String what, @Nullable String value) {
		if (value == null) {
			throw new IllegalArgumentException(what + " is required");
		}
		optionalRef(what, value);
		return value;
	}

	static @Nullable String optionalRef(String what, @Nullable String value) {
		if (value != null && !isRef(value)) {
			// The value is not echoed: it may be exactly the personal data that must not
			// spread.
			throw new IllegalArgumentException(what + " must be an id of 1 to " + MAX_REF_LENGTH
					+ " characters among [A-Za-z0-9:_.-], never a personal value");
		}
		return value;
	}

	/**
	 * Whether the value is 1 to {@link #MAX_REF_LENGTH} characters among
	 * {@code [A-Za-z0-9:_.-]}: a loop over the characters, where the regular expression
	 * it replaces cost 2 % of the person page's CPU (three references checked for each of
	 * the events a page builds).
	 */
	static boolean isRef(String value) {
		int length = value.length();
		if (length == 0 || length > MAX_REF_LENGTH) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':'
					|| c == '_' || c == '.' || c == '-';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

}
