package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.GroupContractId;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.PortabilityPeriod;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.people.PersonId;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * An employee's affiliation to a group contract: guards its state machine
 * ({@link AffiliationStatus#next()}), computes portability and keeps the retention clock.
 */
@Entity
@Table(name = "contract_affiliation")
class AffiliationEntity extends PersonalRecord {

	static final String KIND = "Affiliation";

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
	private @Nullable LocalDate employmentStart;

	@NotPersonalData(context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private AffiliationStatus status;

	@PersonalData(category = "personal-life")
	@Column(name = "end_date")
	private @Nullable LocalDate endDate;

	@PersonalData(category = "personal-life")
	@Column(name = "termination_reason")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private @Nullable TerminationReason terminationReason;

	@NotPersonalData(value = "a date of cover", context = true)
	@Column(name = "portability_until")
	private @Nullable LocalDate portabilityUntil;

	@NotPersonalData("the dependants' rows are classified on their own entity")
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "affiliation_id", nullable = false)
	@OrderBy("fromDate, id")
	private List<AffiliationDependantEntity> dependants = new ArrayList<>();

	protected AffiliationEntity() {
	}

	@SuppressWarnings("NullAway.Init") // request() below sets the required fields
	private AffiliationEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static AffiliationEntity request(NewAffiliation affiliation, Instant now) {
		AffiliationEntity entity = new AffiliationEntity(UUID.randomUUID(), now);
		entity.personId = affiliation.person().value();
		entity.groupContractId = affiliation.groupContract().value();
		entity.populationCategory = affiliation.populationCategory();
		entity.planCode = affiliation.planCode();
		entity.startDate = affiliation.startDate();
		entity.employmentStart = affiliation.employmentStart();
		entity.status = AffiliationStatus.REQUESTED;
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
		terminationReason = Objects.requireNonNull(reason, "reason");
	}

	void confirmTermination() {
		move(AffiliationStatus.TERMINATED);
		retainUntil(Objects.requireNonNull(endDate, "set on termination")
			.plusYears(IndividualContractEntity.RETENTION_YEARS));
	}

	void startPortability() {
		PortabilityPeriod period = status == AffiliationStatus.TERMINATED && employmentStart != null && endDate != null
				&& terminationReason != null
						? PortabilityPeriod.of(employmentStart, endDate, terminationReason).orElse(null) : null;
		if (period == null) {
			throw new InvalidTransitionException(KIND, status, AffiliationStatus.PORTABILITY);
		}
		move(AffiliationStatus.PORTABILITY);
		portabilityUntil = period.until();
		retainUntil(portabilityUntil.plusYears(IndividualContractEntity.RETENTION_YEARS));
	}

	void close() {
		move(AffiliationStatus.CLOSED);
	}

	/** Covers a dependant (REQUESTED or ACTIVE only), not before the start of cover. */
	Dependant addDependant(NewDependant dependant) {
		if (status != AffiliationStatus.REQUESTED && status != AffiliationStatus.ACTIVE) {
			throw new InvalidTransitionException(KIND, status, status);
		}
		if (dependant.from().isBefore(startDate)) {
			throw new InvalidValueException("affiliation.dependant.before-start");
		}
		if (dependants.stream()
			.anyMatch(d -> d.personId().equals(dependant.person().value()) && d.coveredOnOrAfter(dependant.from()))) {
			throw new InvalidValueException("affiliation.dependant.already-covered");
		}
		AffiliationDependantEntity entity = new AffiliationDependantEntity(dependant.person(), dependant.type(),
				dependant.from());
		dependants.add(entity);
		return entity.toDependant();
	}

	/** Ends a dependant's cover on {@code lastDay}; removes it if it starts later. */
	void endDependant(PersonId person, LocalDate lastDay) {
		List<AffiliationDependantEntity> covered = dependants.stream()
			.filter(d -> d.personId().equals(person.value()))
			.toList();
		if (covered.isEmpty()) {
			throw new InvalidValueException("affiliation.dependant.unknown");
		}
		for (AffiliationDependantEntity dependant : covered) {
			if (dependant.startsAfter(lastDay)) {
				dependants.remove(dependant);
			}
			else {
				dependant.endOn(lastDay);
			}
		}
	}

	/** Ends every dependant's cover on {@code lastDay} (the affiliation's last day). */
	void endDependantsCover(LocalDate lastDay) {
		dependants.removeIf(dependant -> dependant.startsAfter(lastDay));
		dependants.forEach(dependant -> dependant.endOn(lastDay));
	}

	List<AffiliationDependantEntity> dependantEntities() {
		return dependants;
	}

	List<Dependant> dependants() {
		return dependants.stream().map(AffiliationDependantEntity::toDependant).toList();
	}

	/** The last day of cover once ended: the portability's end, else the end date. */
	@Nullable LocalDate lastDayOfCover() {
		return portabilityUntil != null ? portabilityUntil : endDate;
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

	UUID personId() {
		return personId;
	}

	Affiliation toAffiliation() {
		return new Affiliation(new AffiliationId(id()), new PersonId(personId), new GroupContractId(groupContractId),
				populationCategory, planCode, startDate, employmentStart, status, endDate, terminationReason,
				portabilityUntil, retainedUntil());
	}

	@Override
	public String toString() {
		return "AffiliationEntity[id=" + id() + ", status=" + status + "]";
	}

}
