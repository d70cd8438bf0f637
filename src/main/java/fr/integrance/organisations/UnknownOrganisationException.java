package fr.integrance.organisations;

import fr.integrance.platform.NotFoundException;

/** No organisation has this id. */
public class UnknownOrganisationException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownOrganisationException(OrganisationId id) {
		super("Unknown organisation " + id);
	}

}
