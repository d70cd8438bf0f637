package fr.integrance.backoffice;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;

/**
 * The staff's changes of a contract's status, each with its journal entry in the same
 * transaction ({@code AuditJournal.record} joins it): a change is never left unjournaled,
 * nor an entry written for a change that rolled back.
 */
@Service
class ContractActions {

	private final IndividualContracts contracts;

	private final FileJournal journal;

	ContractActions(IndividualContracts contracts, FileJournal journal) {
		this.contracts = contracts;
		this.journal = journal;
	}

	@Transactional
	void suspend(IndividualContract contract, String reason) {
		contracts.suspend(contract.id(), reason);
		journal.contractChanged(FileJournal.CONTRACT_SUSPENDED, contract);
	}

	@Transactional
	void resume(IndividualContract contract) {
		contracts.resume(contract.id());
		journal.contractChanged(FileJournal.CONTRACT_RESUMED, contract);
	}

	@Transactional
	void terminate(IndividualContract contract, LocalDate endDate, String reason) {
		contracts.terminate(contract.id(), endDate, reason);
		journal.contractChanged(FileJournal.CONTRACT_TERMINATED, contract);
	}

}
