package fr.integrance.identity;

import fr.integrance.platform.NotFoundException;

/** No account has this id, or none the caller may see. */
public class UnknownAccountException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownAccountException(AccountId id) {
		super("Unknown account " + id);
	}

}
