package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.integrance.people.PersonId;

/** Individual contracts: opening, the state machine, lookups. */
public interface IndividualContracts {

	/**
	 * Opens a PENDING contract with a new member number.
	 * @throws fr.integrance.platform.InvalidValueException {@code contract.plan.unknown}
	 * for a plan the catalogue lacks, {@code contract.dependant.from-before-start} for a
	 * dependant covered before the contract starts
	 * @throws fr.integrance.people.UnknownPersonException when the member or a dependant
	 * is unknown
	 */
	IndividualContract open(NewIndividualContract contract);

	/**
	 * PENDING → ACTIVE, and {@link ContractActivated} is published in the same
	 * transaction. @throws InvalidTransitionException otherwise; @throws
	 * UnknownContractException
	 */
	IndividualContract activate(ContractId id);

	/**
	 * ACTIVE → SUSPENDED (e.g. unpaid contributions). Like resume and terminate, refused
	 * with {@link fr.integrance.people.PersonRestrictedException} while the processing of
	 * the member's data is restricted (art. 18).
	 * @throws InvalidTransitionException otherwise
	 */
	IndividualContract suspend(ContractId id, String reason);

	/** SUSPENDED → ACTIVE. @throws InvalidTransitionException otherwise */
	IndividualContract resume(ContractId id);

	/**
	 * ACTIVE or SUSPENDED → TERMINATED on {@code endDate}, neither before the start nor
	 * after today in France (a termination is recorded once effective): dependants' cover
	 * ends with it (one whose cover would start later was never covered and is removed),
	 * and the retention clock starts (end date + 6 years).
	 * @throws InvalidTransitionException from PENDING or TERMINATED
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code contract.end-before-start}, {@code contract.end-after-today}
	 * @throws fr.integrance.people.PersonRestrictedException while the member's
	 * processing is restricted
	 */
	IndividualContract terminate(ContractId id, LocalDate endDate, String reason);

	/**
	 * Covers one more dependant on a contract in force (ACTIVE or SUSPENDED), e.g. a
	 * child added at the member's request.
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code contract.dependant.from-before-start},
	 * {@code contract.dependant.contract-not-in-force},
	 * {@code contract.dependant.already-covered}
	 * @throws fr.integrance.people.UnknownPersonException when the person is unknown
	 * @throws fr.integrance.people.PersonRestrictedException while the member's
	 * processing is restricted
	 * @throws UnknownContractException
	 */
	IndividualContract addDependant(ContractId id, NewDependant dependant);

	/**
	 * Ends a dependant's cover on {@code lastDay} (the last day covered); a cover that
	 * would only have started after it is removed.
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code contract.dependant.not-covered} when the person is not covered on that day
	 * or later
	 * @throws fr.integrance.people.PersonRestrictedException while the member's
	 * processing is restricted
	 * @throws UnknownContractException
	 */
	IndividualContract endDependant(ContractId id, PersonId dependant, LocalDate lastDay);

	Optional<IndividualContract> find(ContractId id);

	/**
	 * Schedules a change of plan at an anniversary of the contract's start, after today;
	 * the contract shows the new plan from that day.
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code contract.plan-change.anniversary} when {@code from} is no future
	 * anniversary, {@code contract.plan.unknown} for a plan the catalogue lacks
	 * @throws IllegalStateException when the contract is not active
	 */
	IndividualContract schedulePlanChange(ContractId id, String planCode, LocalDate from);

	/** The change of plan scheduled for a coming anniversary, if any. */
	Optional<PlanChange> scheduledPlanChange(ContractId id);

	/** A plan and the day it takes effect. */
	record PlanChange(String planCode, LocalDate from) {
	}

	Optional<IndividualContract> findByMemberNumber(MemberNumber number);

	/** The contracts where the person is the member or a dependant, newest first. */
	List<IndividualContract> ofPerson(PersonId person);

}
