package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;

import fr.integrance.people.PersonId;

/**
 * The dependants (ayants droit) an employee's affiliation covers. Their cover ends with
 * the affiliation's: on its last day when it ends without portability, at the end of the
 * portability otherwise (the closing job).
 */
public interface AffiliationDependants {

	/**
	 * Covers a dependant from {@code dependant.from()}.
	 * @throws UnknownContractException when the affiliation is unknown
	 * @throws InvalidTransitionException when the affiliation is no longer REQUESTED or
	 * ACTIVE
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code affiliation.dependant.before-start} (before the affiliation's start),
	 * {@code affiliation.dependant.already-covered} (that person already covered by it)
	 */
	Dependant add(AffiliationId affiliation, NewDependant dependant);

	/**
	 * Ends the dependant's cover on {@code lastDay}; one whose cover would start after
	 * that day is removed (never covered).
	 * @throws UnknownContractException when the affiliation is unknown
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code affiliation.dependant.unknown} when that person is not covered by it
	 */
	void end(AffiliationId affiliation, PersonId dependant, LocalDate lastDay);

	/** The affiliation's dependants, by start of cover; empty for an unknown one. */
	List<Dependant> of(AffiliationId affiliation);

}
