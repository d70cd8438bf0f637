package fr.integrance.contracts;

import java.time.LocalDate;

import fr.integrance.audit.AuditActor;

/**
 * An individual contract as staff open and change it. Each opening is a read of the data
 * of every person the contract shows, and each change of status a change of the member's
 * data: this module writes them to the audit journal itself, in the same transaction,
 * naming who read or changed it (a change that rolls back leaves no entry).
 */
public interface ContractFiles {

	/**
	 * The contract with the people it shows, journaled as a {@code person.read} of each
	 * (member and dependants).
	 * @throws UnknownContractException when no contract has that id
	 */
	ContractFile open(ContractId id, AuditActor reader);

	/**
	 * {@link IndividualContracts#suspend}, journaled as {@code contract.suspended}.
	 * @throws UnknownContractException when no contract has that id
	 */
	IndividualContract suspend(ContractId id, String reason, AuditActor by);

	/**
	 * {@link IndividualContracts#resume}, journaled as {@code contract.resumed}.
	 * @throws UnknownContractException when no contract has that id
	 */
	IndividualContract resume(ContractId id, AuditActor by);

	/**
	 * {@link IndividualContracts#terminate}, journaled as {@code contract.terminated}.
	 * @throws UnknownContractException when no contract has that id
	 */
	IndividualContract terminate(ContractId id, LocalDate endDate, String reason, AuditActor by);

}
