package fr.integrance.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * One opening of a protected adult's page by an agent: what the organisation's
 * administrator reviews. The audit journal holds the same event, chained.
 */
@Entity
@Table(name = "guardian_file_opening")
class GuardianFileOpeningEntity {

	@Id
	@NotPersonalData("technical id")
	private UUID id;

	@NotPersonalData("technical id of an organisation")
	@Column(name = "organisation_id")
	private UUID organisationId;

	@NotPersonalData("technical id of the agent's account")
	@Column(name = "agent_account_id")
	private UUID agentAccountId;

	@NotPersonalData("technical id of the person record")
	@Column(name = "protected_person_id")
	private UUID protectedPersonId;

	@PersonalData(category = "connection")
	@Column(name = "opened_at")
	private Instant openedAt;

	@SuppressWarnings("NullAway.Init") // for JPA
	protected GuardianFileOpeningEntity() {
	}

	GuardianFileOpeningEntity(UUID organisationId, UUID agentAccountId, UUID protectedPersonId, Instant openedAt) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.agentAccountId = agentAccountId;
		this.protectedPersonId = protectedPersonId;
		this.openedAt = openedAt;
	}

	UUID agentAccountId() {
		return agentAccountId;
	}

	UUID protectedPersonId() {
		return protectedPersonId;
	}

	Instant openedAt() {
		return openedAt;
	}

}
