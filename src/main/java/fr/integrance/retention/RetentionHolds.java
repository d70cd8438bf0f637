package fr.integrance.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;

/**
 * Legal holds on data subjects (litigation, a rights request in progress, a DPO decision,
 * an open case), placed and lifted by the DPO. Each change is journaled.
 */
public interface RetentionHolds {

	/**
	 * Places a hold on a person ({@link DataSubjectRef.Kind#PERSON}) or an e-mail address
	 * (stored as its SHA-256).
	 * @param endsOn the last day it holds, null until lifted
	 * @throws IllegalArgumentException for another kind of subject, or an end in the past
	 */
	RetentionHold place(DataSubjectRef subject, HoldReason reason, @Nullable LocalDate endsOn, UUID actor);

	/**
	 * Lifts a hold in force; false when there is no such hold, or it was lifted already.
	 */
	boolean lift(UUID hold, UUID actor);

	/** The holds in force today, newest first. */
	List<RetentionHold> inForce();

}
