package fr.integrance.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands (DESIGN.md §5), and which transitions the case allows from each
 * state: <pre>
 * SUBMITTED ──take──▶ IN_REVIEW ──ask sender (reason)──▶ WAITING_FOR_SENDER
 *                        │  ▲                                   │  │
 *                        │  └──── sender answers / staff resumes┘  │
 *                        ├──accept──▶ ACCEPTED (final)             │
 *                        └──reject (reason)──▶ REJECTED (final) ◀──┘ reject (reason)
 * </pre> A case is taken before anything is decided (a decision always has a reviewer); a
 * case waiting for its sender goes back to review before it is accepted (what the sender
 * sent is looked at), but may be rejected while waiting (the sender never answered).
 * Accepted and rejected are final: a decision is corrected by a new request, never by
 * reopening.
 */
public enum RequestStatus {

	SUBMITTED, IN_REVIEW, WAITING_FOR_SENDER, ACCEPTED, REJECTED;

	/** The statuses of cases still to be processed: the back-office queues. */
	public static final Set<RequestStatus> OPEN = EnumSet.of(SUBMITTED, IN_REVIEW, WAITING_FOR_SENDER);

	/** The states this one may move to. */
	public Set<RequestStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(IN_REVIEW);
			case IN_REVIEW -> EnumSet.of(WAITING_FOR_SENDER, ACCEPTED, REJECTED);
			case WAITING_FOR_SENDER -> EnumSet.of(IN_REVIEW, REJECTED);
			case ACCEPTED, REJECTED -> EnumSet.noneOf(RequestStatus.class);
		};
	}

	public boolean canMoveTo(RequestStatus target) {
		return next().contains(target);
	}

	public boolean isFinal() {
		return next().isEmpty();
	}

	/**
	 * Whether moving into this state must be explained (the reason is told to the
	 * sender).
	 */
	public boolean requiresReason() {
		return this == WAITING_FOR_SENDER || this == REJECTED;
	}

}
