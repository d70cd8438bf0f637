package fr.integrance.contracts;

import java.time.LocalDate;

import fr.integrance.people.PersonId;

/**
 * An individual contract ended: the retention module starts the « contract + 6 years »
 * clock from it.
 */
public record IndividualContractTerminated(ContractId contract, PersonId member, LocalDate endDate,
		LocalDate retentionUntil) {
}
