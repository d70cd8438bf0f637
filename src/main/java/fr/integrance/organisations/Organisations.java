package fr.integrance.organisations;

import java.util.List;
import java.util.Optional;

/**
 * The employers and guardian services: created by the mutual's administration, read by
 * whoever needs to name one.
 */
public interface Organisations {

	/**
	 * @throws InvalidOrganisationException when {@link NewOrganisation#problems()} is not
	 * empty, or the name is blank
	 */
	OrganisationSummary create(NewOrganisation organisation);

	/** Every organisation, by name. */
	List<OrganisationSummary> all();

	/**
	 * @throws UnknownOrganisationException when no organisation has this id
	 */
	OrganisationSummary get(OrganisationId id);

	Optional<OrganisationSummary> find(OrganisationId id);

}
