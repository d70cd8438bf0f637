package fr.integrance.contracts;

import java.util.List;
import java.util.UUID;

import fr.integrance.people.PersonId;

/**
 * What this module holds on one person, for their file: the individual contracts they
 * hold or are covered by, their affiliations to group contracts, and the representations
 * of them by a guardian service. Two statements whatever the person has: the contracts
 * with their dependants, and the affiliations (each with its group contract's reference
 * and employer) with the representations.
 */
public interface PersonContracts {

	/**
	 * The person's contracts (as {@link IndividualContracts#ofPerson}), affiliations (by
	 * start date) and representations (by start of validity).
	 */
	Holdings of(PersonId person);

	/** A person's contracts, affiliations and representations. */
	record Holdings(List<IndividualContract> contracts, List<GroupAffiliation> affiliations,
			List<Representation> representations) {

		public Holdings {
			contracts = List.copyOf(contracts);
			affiliations = List.copyOf(affiliations);
			representations = List.copyOf(representations);
		}

	}

	/**
	 * An affiliation with its group contract's reference and the employer's organisation.
	 */
	record GroupAffiliation(Affiliation affiliation, String groupContractReference, UUID employerOrganisation) {
	}

}
