package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;

/**
 * An individual contract as shown. {@code endDate} is set on termination, and with it
 * {@code retentionUntil} = end date + 6 years, the « contract + 6 years » retention
 * clock. {@code restricted}: the processing of the member's data is restricted (GDPR art.
 * 18), the contract is kept and shown but its status does not change.
 */
public record IndividualContract(ContractId id, PersonId member, String planCode, MemberNumber memberNumber,
		LocalDate startDate, @Nullable LocalDate endDate, ContractStatus status, @Nullable LocalDate retentionUntil,
		List<Dependant> dependants, boolean restricted) {

	public IndividualContract {
		dependants = List.copyOf(dependants);
	}
}
