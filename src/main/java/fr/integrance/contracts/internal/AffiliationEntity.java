package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.GroupContractId;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.PortabilityPeriod;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.people.PersonId;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PrivacyState;

/**
 * An employee's affiliation to a group contract: guards its state machine
 * ({@link AffiliationStatus#next()}), computes portability and keeps the retention clock.
 */
@Entity
@Table(name = "contract_affiliation")
class AffiliationEntity {

	static final String KIND = "Affiliation";

	@Id
	@NotPersonalData
	private UUID id;

	@NotPersonalData("technical id of the person record")
	@Column(name = "person_id")
	private UUID personId;

	@NotPersonalData("technical id of the group contract")
	@Column(name = "group_contract_id")
	private UUID groupContractId;

	@PersonalData(category = "personal-life")
	@Column(name = "population_category")
	private String populationCategory;

	@NotPersonalData(value = "a plan code of the catalogue", context = true)
	@Column(name = "plan_code")
	private String planCode;

	@NotPersonalData(value = "a date of cover", context = true)
	@Column(name = "start_date")
	private LocalDate startDate;

	@PersonalData(category = "personal-life")
	@Column(name = "employment_start")
	private LocalDate employmentStart;

	@NotPersonalData(context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private AffiliationStatus status;

	@PersonalData(category = "personal-life")
	@Column(name = "end_date")
	private LocalDate endDate;

	@PersonalData(category = "personal-life")
	@Column(name = "termination_reason")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private TerminationReason terminationReason;

	@NotPersonalData(value = "a date of cover", context = true)
	@Column(name = "portability_until")
	private LocalDate portabilityUntil;

	@Embedded
	private PrivacyState privacy = PrivacyState.NONE;

	@NotPersonalData
	@Column(name = "created_at")
	private Instant createdAt;

	@NotPersonalData
	@Version
	private long version;

	protected AffiliationEntity() {
	}

	static AffiliationEntity request(NewAffiliation affiliation, Instant now) {
		AffiliationEntity entity = new AffiliationEntity();
		entity.id = UUID.randomUUID();
		entity.personId = affiliation.person().value();
		entity.groupContractId = affiliation.groupContract().value();
		entity.populationCategory = affiliation.populationCategory();
		entity.planCode = affiliation.planCode();
		entity.startDate = affiliation.startDate();
		entity.employmentStart = affiliation.employmentStart();
		entity.status = AffiliationStatus.REQUESTED;
		entity.createdAt = now;
		return entity;
	}

	void activate() {
		move(AffiliationStatus.ACTIVE);
	}

	void requestTermination(LocalDate end, TerminationReason reason) {
		move(AffiliationStatus.TERMINATION_REQUESTED);
		if (end == null || end.isBefore(startDate)) {
			throw new InvalidValueException("contract.end-before-start");
		}
		endDate = end;
		terminationReason = java.util.Objects.requireNonNull(reason, "reason");
	}

	void confirmTermination() {
		move(AffiliationStatus.TERMINATED);
		privacy = privacy.retainUntil(endDate.plusYears(IndividualContractEntity.RETENTION_YEARS));
	}

	void startPortability() {
		PortabilityPeriod period = status == AffiliationStatus.TERMINATED
				? PortabilityPeriod.of(employmentStart, endDate, terminationReason).orElse(null) : null;
		if (period == null) {
			throw new InvalidTransitionException(KIND, status, AffiliationStatus.PORTABILITY);
		}
		move(AffiliationStatus.PORTABILITY);
		portabilityUntil = period.until();
		privacy = privacy.retainUntil(portabilityUntil.plusYears(IndividualContractEntity.RETENTION_YEARS));
	}

	void close() {
		move(AffiliationStatus.CLOSED);
	}

	private void move(AffiliationStatus target) {
		if (!status.canMoveTo(target)) {
			throw new InvalidTransitionException(KIND, status, target);
		}
		status = target;
	}

	AffiliationStatus status() {
		return status;
	}

	UUID id() {
		return id;
	}

	UUID personId() {
		return personId;
	}

	LocalDate retentionUntil() {
		return privacy.retainedUntil();
	}

	Affiliation toAffiliation() {
		return new Affiliation(new AffiliationId(id), new PersonId(personId), new GroupContractId(groupContractId),
				populationCategory, planCode, startDate, employmentStart, status, endDate, terminationReason,
				portabilityUntil, privacy.retainedUntil());
	}

	@Override
	public String toString() {
		return "AffiliationEntity[id=" + id + ", status=" + status + "]";
	}

}
