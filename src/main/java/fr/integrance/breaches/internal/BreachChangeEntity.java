package fr.integrance.breaches.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.VersionedRecord;

/**
 * One change of a breach: what was done, the names of the fields it changed (never their
 * values), by which account and when ({@code created_at}).
 */
@Entity
@Table(name = "dpo_breach_change")
class BreachChangeEntity extends VersionedRecord {

	@NotPersonalData
	@Column(name = "breach_id")
	private UUID breachId;

	@NotPersonalData("recorded, updated, notified, not-notified, informed, not-informed, closed, reopened")
	@Column(name = "action")
	private String action;

	@NotPersonalData("names of fields, comma separated")
	@Column(name = "fields")
	private String fields;

	@NotPersonalData("technical id of the DPO's account")
	@Column(name = "actor_id")
	private UUID actorId;

	protected BreachChangeEntity() {
	}

	BreachChangeEntity(UUID breachId, String action, String fields, UUID actorId, Instant at) {
		super(UUID.randomUUID(), at);
		this.breachId = breachId;
		this.action = action;
		this.fields = fields;
		this.actorId = actorId;
	}

	String action() {
		return action;
	}

	String fields() {
		return fields;
	}

	UUID actorId() {
		return actorId;
	}

}
