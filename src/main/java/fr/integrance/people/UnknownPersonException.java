package fr.integrance.people;

import fr.integrance.platform.NotFoundException;

/** No person has that id (or it was anonymised). */
public class UnknownPersonException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownPersonException(PersonId id) {
		super("Unknown person " + id);
	}

}
