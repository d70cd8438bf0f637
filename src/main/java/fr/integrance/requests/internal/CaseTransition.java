package fr.integrance.requests.internal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.RequestStatus;

/**
 * One step of a case's history: from which status to which, who moved it, when and why. A
 * step that keeps the status is a change of hands: the actor took the case over from
 * {@code previousAssigneeId}. Never changed.
 */
@Entity
@Table(name = "request_transition")
class CaseTransition {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "step_no", nullable = false)
	@NotPersonalData
	private int step;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, length = 32)
	@NotPersonalData
	private RequestStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private RequestStatus to;

	@Column(name = "actor_id")
	@NotPersonalData("a staff account id; null when the sender's answer moved the case")
	private @Nullable UUID actorId;

	@Column(name = "occurred_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant occurredAt;

	/**
	 * Why: told to the sender when asking for more or rejecting, so it may speak of their
	 * situation.
	 */
	@Column(name = "reason", length = 4000)
	@PersonalData(category = "documents")
	private @Nullable String reason;

	@Column(name = "previous_assignee_id")
	@NotPersonalData("the staff account id of who held the case before a change of hands")
	private @Nullable UUID previousAssigneeId;

	protected CaseTransition() {
	}

	CaseTransition(int step, RequestStatus from, RequestStatus to, @Nullable UUID actorId, Instant occurredAt,
			@Nullable String reason) {
		this(step, from, to, actorId, occurredAt, reason, null);
	}

	/**
	 * A change of hands: the status stays, the actor takes the case over from the
	 * previous assignee.
	 */
	static CaseTransition reassignment(int step, RequestStatus status, UUID actorId, @Nullable UUID previousAssigneeId,
			Instant occurredAt) {
		return new CaseTransition(step, status, status, actorId, occurredAt, null, previousAssigneeId);
	}

	private CaseTransition(int step, RequestStatus from, RequestStatus to, @Nullable UUID actorId, Instant occurredAt,
			@Nullable String reason, @Nullable UUID previousAssigneeId) {
		this.id = UUID.randomUUID();
		this.step = step;
		this.from = from;
		this.to = to;
		this.actorId = actorId;
		this.occurredAt = occurredAt;
		this.reason = reason;
		this.previousAssigneeId = previousAssigneeId;
	}

	UUID id() {
		return id;
	}

	@Nullable UUID previousAssigneeId() {
		return previousAssigneeId;
	}

	/** Whether this step is a change of hands rather than a move. */
	boolean isReassignment() {
		return from == to;
	}

	int step() {
		return step;
	}

	/** The step as the case's history shows it. */
	CaseDetails.Step toStep() {
		return new CaseDetails.Step(from, to, actorId, occurredAt, reason, previousAssigneeId);
	}

	@Override
	public String toString() {
		return isReassignment() ? "CaseTransition[reassigned in " + from + "]"
				: "CaseTransition[" + from + " -> " + to + "]";
	}

}
