package fr.integrance.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A legal hold: while it is in force (not lifted, its end not passed) the retention sweep
 * leaves every clock of the subject alone, however long past its end.
 *
 * @param id the hold
 * @param subjectKind {@code PERSON} or {@code EMAIL}
 * @param subjectRef the person id, or the SHA-256 of the e-mail address (never the
 * address)
 * @param reason why
 * @param endsOn the last day it holds, null until lifted
 * @param placedAt when it was placed
 * @param liftedAt when it was lifted, null while in force
 */
public record RetentionHold(UUID id, String subjectKind, String subjectRef, HoldReason reason,
		@Nullable LocalDate endsOn, Instant placedAt, @Nullable Instant liftedAt) {

	/** Whether it holds on {@code day}. */
	public boolean inForce(LocalDate day) {
		return liftedAt == null && (endsOn == null || !endsOn.isBefore(day));
	}

}
