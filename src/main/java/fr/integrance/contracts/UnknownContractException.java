package fr.integrance.contracts;

import fr.integrance.platform.NotFoundException;

/** No contract, group contract, affiliation or representation has that id. */
public class UnknownContractException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownContractException(String kind, Object id) {
		super("Unknown " + kind + " " + id);
	}

}
