package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * An alert sent to an organisation's agents {@code daysBefore} days before a measure's
 * end: unique per representation, end date and threshold, so that each is sent once (a
 * renewal, with a new end date, starts them again).
 */
@Entity
@Table(name = "guardian_lapse_alert")
class GuardianLapseAlertEntity {

	@Id
	@NotPersonalData("technical id")
	private UUID id;

	@NotPersonalData("technical id of a representation")
	@Column(name = "representation_id")
	private UUID representationId;

	@NotPersonalData("technical id of an organisation")
	@Column(name = "organisation_id")
	private UUID organisationId;

	@NotPersonalData("technical id of the person record")
	@Column(name = "protected_person_id")
	private UUID protectedPersonId;

	@PersonalData(category = "identification")
	@Column(name = "valid_until")
	private LocalDate validUntil;

	@NotPersonalData("a threshold: 90, 30 or 7")
	@Column(name = "days_before")
	private int daysBefore;

	@NotPersonalData("when the alert was sent")
	@Column(name = "sent_at")
	private Instant sentAt;

	@SuppressWarnings("NullAway.Init") // for JPA
	protected GuardianLapseAlertEntity() {
	}

	GuardianLapseAlertEntity(UUID representationId, UUID organisationId, UUID protectedPersonId, LocalDate validUntil,
			int daysBefore, Instant sentAt) {
		this.id = UUID.randomUUID();
		this.representationId = representationId;
		this.organisationId = organisationId;
		this.protectedPersonId = protectedPersonId;
		this.validUntil = validUntil;
		this.daysBefore = daysBefore;
		this.sentAt = sentAt;
	}

}
