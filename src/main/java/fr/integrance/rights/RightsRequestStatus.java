package fr.integrance.rights;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a rights request stands: {@code RECEIVED → IDENTITY_PENDING → IN_PROGRESS →
 * (EXTENDED) → ANSWERED | REFUSED}. The request itself guards which move is allowed
 * ({@link #canMoveTo}).
 */
public enum RightsRequestStatus {

	/** Stored; the identity check (a confirmation link, say) may still be under way. */
	RECEIVED,
	/** The requester could not be matched to what the mutual holds: staff must check. */
	IDENTITY_PENDING,
	/** The subject is known: the request is being carried out. */
	IN_PROGRESS,
	/** In progress, its deadline extended by two months with reasons (Art. 12(3)). */
	EXTENDED,
	/** Carried out and answered. */
	ANSWERED,
	/** Refused with reasons (Art. 12(4)). */
	REFUSED;

	/** The statuses of requests still to be answered. */
	public static final Set<RightsRequestStatus> OPEN = EnumSet.of(RECEIVED, IDENTITY_PENDING, IN_PROGRESS, EXTENDED);

	public boolean open() {
		return OPEN.contains(this);
	}

	/** Whether a request in this status may move to {@code next}. */
	public boolean canMoveTo(RightsRequestStatus next) {
		return switch (this) {
			case RECEIVED -> next == IDENTITY_PENDING || next == IN_PROGRESS || next == REFUSED;
			case IDENTITY_PENDING -> next == IN_PROGRESS || next == REFUSED;
			case IN_PROGRESS -> next == EXTENDED || next == ANSWERED || next == REFUSED;
			case EXTENDED -> next == ANSWERED || next == REFUSED;
			case ANSWERED, REFUSED -> false;
		};
	}

}
