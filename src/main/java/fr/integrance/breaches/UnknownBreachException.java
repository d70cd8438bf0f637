package fr.integrance.breaches;

import fr.integrance.platform.NotFoundException;

/** No breach has that id: answered by the 404 page. */
public class UnknownBreachException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownBreachException(BreachId id) {
		super("no breach " + id);
	}

}
