package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.integrance.people.PersonId;

/** Employees' affiliations to group contracts, their state machine and portability. */
public interface Affiliations {

	/**
	 * A REQUESTED affiliation.
	 * @throws UnknownContractException when the group contract is unknown
	 * @throws fr.integrance.people.UnknownPersonException when the person is unknown
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code affiliation.category.unknown}, {@code affiliation.plan.unknown} for a
	 * category or plan the contract does not offer
	 */
	Affiliation request(NewAffiliation affiliation);

	/**
	 * Requests the affiliations, in this order, as {@link #request} would one after the
	 * other (same checks, same exceptions), with each contract and the persons read once
	 * and the rows inserted together: for a file of enrolments.
	 * @return them, REQUESTED, in the same order
	 */
	List<Affiliation> requestAll(List<NewAffiliation> affiliations);

	/** REQUESTED → ACTIVE. */
	Affiliation activate(AffiliationId id);

	/**
	 * ACTIVE → TERMINATION_REQUESTED, the last day of employment (not before the start of
	 * cover) and the reason recorded.
	 */
	Affiliation requestTermination(AffiliationId id, LocalDate endDate, TerminationReason reason);

	/**
	 * TERMINATION_REQUESTED → TERMINATED; the retention clock starts (end date + 6
	 * years): {@link AffiliationEnded} is published.
	 */
	Affiliation confirmTermination(AffiliationId id);

	/**
	 * TERMINATED → PORTABILITY, cover continued until the end of the
	 * {@link PortabilityPeriod}; the retention clock moves to that end + 6 years
	 * ({@link AffiliationEnded}).
	 * @throws InvalidTransitionException also when the termination reason opens no
	 * portability
	 */
	Affiliation startPortability(AffiliationId id);

	/**
	 * TERMINATED or PORTABILITY → CLOSED; {@link AffiliationEnded} again, with the same
	 * last day of cover.
	 */
	Affiliation close(AffiliationId id);

	Optional<Affiliation> find(AffiliationId id);

	/**
	 * The affiliation when its group contract belongs to that employer; empty for a
	 * foreign or unknown id alike.
	 */
	Optional<Affiliation> findForOrganisation(UUID employerOrganisation, AffiliationId id);

	/** The affiliations under that employer's group contracts, by start date. */
	List<Affiliation> ofOrganisation(UUID employerOrganisation);

	List<Affiliation> ofGroupContract(GroupContractId id);

	List<Affiliation> ofPerson(PersonId person);

}
