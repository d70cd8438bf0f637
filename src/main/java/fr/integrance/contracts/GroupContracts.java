package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Employers' group contracts. */
public interface GroupContracts {

	/**
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code group-contract.plans.required}, {@code group-contract.categories.required},
	 * {@code contract.plan.unknown}
	 */
	GroupContract create(NewGroupContract contract);

	Optional<GroupContract> find(GroupContractId id);

	/**
	 * The contract when it belongs to that employer; empty for a foreign or unknown id
	 * alike.
	 */
	Optional<GroupContract> findForOrganisation(UUID employerOrganisation, GroupContractId id);

	/** The employer's group contracts, oldest first. */
	List<GroupContract> ofOrganisation(UUID employerOrganisation);

	/** Records the last day of the contract. @throws UnknownContractException */
	GroupContract end(GroupContractId id, LocalDate endDate);

}
