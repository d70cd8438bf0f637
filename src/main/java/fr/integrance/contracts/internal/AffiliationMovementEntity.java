package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.integrance.contracts.AffiliationHistory;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.platform.NotPersonalData;

/**
 * A movement recorded on an affiliation: its kind and effective date, no value. Deleted
 * with the affiliation (foreign key on delete cascade) when its retention ends.
 */
@Entity
@Table(name = "contract_affiliation_movement")
class AffiliationMovementEntity {

	@Id
	@NotPersonalData
	private UUID id;

	@NotPersonalData("technical id of the affiliation")
	@Column(name = "affiliation_id")
	private UUID affiliationId;

	@NotPersonalData(value = "the kind of change, not its value", context = true)
	private String kind;

	@NotPersonalData(value = "a date of a change of the affiliation", context = true)
	@Column(name = "effective_date")
	private LocalDate effectiveDate;

	@NotPersonalData(value = "when the change was recorded", context = true)
	@Column(name = "recorded_at")
	private Instant recordedAt;

	@SuppressWarnings("NullAway.Init")
	protected AffiliationMovementEntity() {
	}

	AffiliationMovementEntity(AffiliationId affiliation, String kind, LocalDate effectiveDate, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.affiliationId = affiliation.value();
		this.kind = kind;
		this.effectiveDate = effectiveDate;
		this.recordedAt = recordedAt;
	}

	AffiliationHistory.Line toLine() {
		return new AffiliationHistory.Line(new AffiliationId(affiliationId), kind, effectiveDate, recordedAt);
	}

}
