package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;

import fr.integrance.people.PersonId;

/**
 * An individual contract as shown. {@code endDate} is set on termination, and with it
 * {@code retentionUntil} = end date + 6 years, the « contract + 6 years » retention clock.
 */
public record IndividualContract(ContractId id, PersonId member, String planCode, MemberNumber memberNumber,
		LocalDate startDate, LocalDate endDate, ContractStatus status, LocalDate retentionUntil,
		List<Dependant> dependants) {

	public IndividualContract {
		dependants = List.copyOf(dependants);
	}
}
