package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;

/** Representations of protected adults by guardian organisations. */
public interface Representations {

	/**
	 * @throws fr.integrance.people.UnknownPersonException when the protected adult is
	 * unknown
	 * @throws fr.integrance.platform.InvalidValueException
	 * {@code representation.court-reference.invalid}
	 */
	Representation create(NewRepresentation representation);

	Optional<Representation> find(RepresentationId id);

	/**
	 * The representation when it is that organisation's; empty for a foreign or unknown
	 * id alike.
	 */
	Optional<Representation> findForOrganisation(UUID guardianOrganisation, RepresentationId id);

	/**
	 * All the organisation's representations, lapsed ones included, by start of validity.
	 */
	List<Representation> ofOrganisation(UUID guardianOrganisation);

	/**
	 * The organisation's representations valid on {@code day}: whom its agents may act
	 * for.
	 */
	List<Representation> validForOrganisation(UUID guardianOrganisation, LocalDate day);

	/**
	 * The organisation's representations valid on {@code day}, measure decrypted and
	 * court reference not: what a list of its protected adults shows. A row that cannot
	 * be decrypted is left out.
	 */
	List<RepresentationListing> listedForOrganisation(UUID guardianOrganisation, LocalDate day);

	/**
	 * Representations, of every organisation, whose validity ends between {@code from}
	 * and {@code until} (both included), measure decrypted: those whose lapse is near. A
	 * row that cannot be decrypted is left out.
	 */
	List<RepresentationListing> endingBetween(LocalDate from, LocalDate until);

	/** True when the organisation represents the person on {@code day}. */
	boolean represents(UUID guardianOrganisation, PersonId protectedAdult, LocalDate day);

	List<Representation> ofPerson(PersonId protectedAdult);

	/**
	 * Renewed or changed by a new decision: measure, validity and reference
	 * replaced. @throws UnknownContractException
	 */
	Representation renew(RepresentationId id, ProtectionMeasure measure, DateRange validity,
			String courtDecisionReference);

	/**
	 * Ends the representation on {@code lastDay} (not before its start). @throws
	 * UnknownContractException
	 */
	Representation end(RepresentationId id, LocalDate lastDay);

}
