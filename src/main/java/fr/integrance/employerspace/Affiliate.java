package fr.integrance.employerspace;

import java.util.List;

import fr.integrance.contracts.Affiliation;
import fr.integrance.people.Person;

/**
 * An affiliate as the employer sees them: the affiliation, its group contract's
 * reference, the person (NIR decrypted: show it masked) and the dependants.
 */
public record Affiliate(Affiliation affiliation, String contractReference, Person person,
		List<AffiliateDependant> dependants) {

	public Affiliate {
		dependants = List.copyOf(dependants);
	}

}
