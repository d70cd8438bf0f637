package fr.integrance.identity;

import fr.integrance.platform.NotFoundException;

/** No other session of the account has this reference. */
public class UnknownSessionException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownSessionException(SessionReference reference) {
		super("Unknown session " + reference);
	}

}
