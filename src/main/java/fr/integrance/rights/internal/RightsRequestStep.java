package fr.integrance.rights.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestView;

/**
 * One step in a rights request's history: what, who, when, from which status to which,
 * why.
 */
@Entity
@Table(name = "rights_request_step")
class RightsRequestStep {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "request_id", nullable = false)
	@NotPersonalData("technical id of the rights request")
	private UUID requestId;

	/** Its place in the request's history, from 0. */
	@Column(name = "position", nullable = false)
	@NotPersonalData
	private int position;

	@Column(name = "at", nullable = false)
	@NotPersonalData(context = true)
	private Instant at;

	@Column(name = "kind", nullable = false, length = 40)
	@NotPersonalData(context = true)
	private String kind;

	/**
	 * {@code ACCOUNT:…}, {@code SYSTEM:…} or {@code ANONYMOUS}, as the journal names
	 * actors.
	 */
	@Column(name = "actor", nullable = false, length = 120)
	@NotPersonalData("an actor reference, an id")
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 32)
	@NotPersonalData(context = true)
	private @Nullable RightsRequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private RightsRequestStatus toStatus;

	/**
	 * Why, as staff wrote it (reasons of an extension or a refusal): may name the person.
	 */
	@Column(name = "reason", length = 4000)
	@PersonalData(category = "personal-life")
	private @Nullable String reason;

	protected RightsRequestStep() {
	}

	RightsRequestStep(UUID requestId, int position, Instant at, String kind, String actor,
			@Nullable RightsRequestStatus from, RightsRequestStatus to, @Nullable String reason) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.position = position;
		this.at = at;
		this.kind = kind;
		this.actor = actor;
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
	}

	String kind() {
		return kind;
	}

	RightsRequestView.Step view() {
		return new RightsRequestView.Step(at, kind, actor, fromStatus, toStatus, reason);
	}

	@Override
	public String toString() {
		return "RightsRequestStep[" + kind + ", " + fromStatus + " -> " + toStatus + "]";
	}

}
