package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * An individual contract: guards its state machine ({@link ContractStatus#next()}) and,
 * on termination, records the end date and the retention clock (end date + 6 years).
 */
@Entity
@Table(name = "contract_individual")
class IndividualContractEntity extends PersonalRecord {

	/**
	 * « Contract + 6 years » (RULES.md §1): how long a member's data are kept after the
	 * end.
	 */
	static final int RETENTION_YEARS = 6;

	static final String KIND = "IndividualContract";

	@NotPersonalData("technical id of the person record")
	@Column(name = "member_person_id")
	private UUID memberPersonId;

	@NotPersonalData(value = "a plan code of the catalogue", context = true)
	@Column(name = "plan_code")
	private String planCode;

	@NotPersonalData(value = "a plan code of the catalogue, asked for the next anniversary", context = true)
	@Column(name = "next_plan_code")
	private @Nullable String nextPlanCode;

	@NotPersonalData(value = "a date of the contract", context = true)
	@Column(name = "next_plan_from")
	private @Nullable LocalDate nextPlanFrom;

	@PersonalData(category = "identification")
	@Column(name = "member_number")
	private String memberNumber;

	@NotPersonalData(value = "a date of the contract", context = true)
	@Column(name = "start_date")
	private LocalDate startDate;

	@NotPersonalData(value = "a date of the contract", context = true)
	@Column(name = "end_date")
	private @Nullable LocalDate endDate;

	@NotPersonalData(context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ContractStatus status;

	@PersonalData(category = "personal-life")
	@Column(name = "status_reason")
	private @Nullable String statusReason;

	@NotPersonalData("the dependants' rows are classified on their own entity")
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "contract_id", nullable = false)
	@OrderBy("fromDate, id")
	private List<DependantEntity> dependants = new ArrayList<>();

	protected IndividualContractEntity() {
	}

	@SuppressWarnings("NullAway.Init") // open() below sets the required fields
	private IndividualContractEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static IndividualContractEntity open(NewIndividualContract contract, MemberNumber number, Instant now) {
		IndividualContractEntity entity = new IndividualContractEntity(UUID.randomUUID(), now);
		entity.memberPersonId = contract.member().value();
		entity.planCode = contract.planCode();
		entity.memberNumber = number.value();
		entity.startDate = contract.startDate();
		entity.status = ContractStatus.PENDING;
		for (NewDependant dependant : contract.dependants()) {
			entity.addDependant(dependant);
		}
		return entity;
	}

	void addDependant(NewDependant dependant) {
		if (dependant.from().isBefore(startDate)) {
			throw new InvalidValueException("contract.dependant.from-before-start");
		}
		if (status == ContractStatus.TERMINATED) {
			throw new InvalidTransitionException(KIND, status, status);
		}
		dependants.add(new DependantEntity(dependant.person(), dependant.type(), dependant.from()));
	}

	/**
	 * Covers one more dependant on a contract in force (ACTIVE or SUSPENDED), from a date
	 * not before the start; a person already covered on that day is refused.
	 */
	void coverDependant(NewDependant dependant) {
		requireNotRestricted();
		if (status != ContractStatus.ACTIVE && status != ContractStatus.SUSPENDED) {
			throw new InvalidValueException("contract.dependant.contract-not-in-force");
		}
		boolean covered = dependants.stream()
			.anyMatch(existing -> existing.personId().equals(dependant.person().value())
					&& existing.coversOnOrAfter(dependant.from()));
		if (covered) {
			throw new InvalidValueException("contract.dependant.already-covered");
		}
		addDependant(dependant);
	}

	/**
	 * Ends a dependant's cover on {@code lastDay}: a cover that would only start after it
	 * is removed (never given), an earlier end is kept.
	 */
	void endDependant(PersonId person, LocalDate lastDay) {
		requireNotRestricted();
		DependantEntity dependant = dependants.stream()
			.filter(existing -> existing.personId().equals(person.value()) && existing.coversOnOrAfter(lastDay))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException("contract.dependant.not-covered"));
		if (dependant.startsAfter(lastDay)) {
			dependants.remove(dependant);
		}
		else {
			dependant.endOn(lastDay);
		}
	}

	/** PENDING → ACTIVE only (a suspended contract is resumed, not activated). */
	void activate() {
		requireStatus(ContractStatus.PENDING, ContractStatus.ACTIVE);
		move(ContractStatus.ACTIVE);
		statusReason = null;
	}

	/**
	 * ACTIVE → SUSPENDED. @throws PersonRestrictedException when the member's processing
	 * is restricted
	 */
	void suspend(String reason) {
		requireNotRestricted();
		move(ContractStatus.SUSPENDED);
		statusReason = reason;
	}

	/** SUSPENDED → ACTIVE only. */
	void resume() {
		requireNotRestricted();
		requireStatus(ContractStatus.SUSPENDED, ContractStatus.ACTIVE);
		move(ContractStatus.ACTIVE);
		statusReason = null;
	}

	/**
	 * ACTIVE or SUSPENDED → TERMINATED on {@code end}, which is neither before the start
	 * nor after {@code today}: the termination is recorded once effective (a contract
	 * marked terminated while still covering would deny its cover). Dependants' cover
	 * ends with it; a dependant whose cover would only have started after the end was
	 * never covered and is removed.
	 */
	void terminate(LocalDate end, String reason, LocalDate today) {
		requireNotRestricted();
		if (!status.canMoveTo(ContractStatus.TERMINATED)) {
			throw new InvalidTransitionException(KIND, status, ContractStatus.TERMINATED);
		}
		if (end == null || end.isBefore(startDate)) {
			throw new InvalidValueException("contract.end-before-start");
		}
		if (end.isAfter(today)) {
			throw new InvalidValueException("contract.end-after-today");
		}
		move(ContractStatus.TERMINATED);
		statusReason = reason;
		endDate = end;
		retainUntil(end.plusYears(RETENTION_YEARS));
		dependants.removeIf(dependant -> dependant.startsAfter(end));
		dependants.forEach(dependant -> dependant.endOn(end));
	}

	/** Art. 18: a restricted member's contract is kept and shown, not changed. */
	private void requireNotRestricted() {
		if (isRestricted()) {
			throw new PersonRestrictedException(new PersonId(memberPersonId));
		}
	}

	private void requireStatus(ContractStatus expected, ContractStatus target) {
		if (status != expected) {
			throw new InvalidTransitionException(KIND, status, target);
		}
	}

	private void move(ContractStatus target) {
		if (!status.canMoveTo(target)) {
			throw new InvalidTransitionException(KIND, status, target);
		}
		status = target;
	}

	ContractStatus status() {
		return status;
	}

	UUID memberPersonId() {
		return memberPersonId;
	}

	List<DependantEntity> dependants() {
		return dependants;
	}

	/**
	 * Schedules a change of plan on {@code from} (an anniversary of the start, after
	 * today); an earlier scheduled change is replaced. A change already due is applied
	 * first.
	 */
	void schedulePlan(String code, LocalDate from, LocalDate today) {
		requireNotRestricted();
		if (status != ContractStatus.ACTIVE) {
			throw new IllegalStateException("Only an active contract changes plan");
		}
		if (!from.isAfter(today) || from.getMonth() != startDate.getMonth()
				|| from.getDayOfMonth() != startDate.getDayOfMonth()) {
			throw new fr.integrance.platform.InvalidValueException("contract.plan-change.anniversary");
		}
		applyDuePlan(today);
		nextPlanCode = code;
		nextPlanFrom = from;
	}

	/** Makes a scheduled plan the current one once its day has come. */
	void applyDuePlan(LocalDate today) {
		if (nextPlanCode != null && nextPlanFrom != null && !nextPlanFrom.isAfter(today)) {
			planCode = nextPlanCode;
			nextPlanCode = null;
			nextPlanFrom = null;
		}
	}

	@Nullable String nextPlanCode() {
		return nextPlanCode;
	}

	@Nullable LocalDate nextPlanFrom() {
		return nextPlanFrom;
	}

	/** The contract as shown on {@code today}: a scheduled plan counts from its day. */
	IndividualContract toContract(LocalDate today) {
		String plan = nextPlanCode != null && nextPlanFrom != null && !nextPlanFrom.isAfter(today) ? nextPlanCode
				: planCode;
		return new IndividualContract(new ContractId(id()), new PersonId(memberPersonId), plan,
				new MemberNumber(memberNumber), startDate, endDate, status, retainedUntil(),
				dependants.stream().map(DependantEntity::toDependant).toList(), isRestricted());
	}

	IndividualContract toContract() {
		return new IndividualContract(new ContractId(id()), new PersonId(memberPersonId), planCode,
				new MemberNumber(memberNumber), startDate, endDate, status, retainedUntil(),
				dependants.stream().map(DependantEntity::toDependant).toList(), isRestricted());
	}

	@Override
	public String toString() {
		return "IndividualContractEntity[id=" + id() + ", status=" + status + "]";
	}

}
