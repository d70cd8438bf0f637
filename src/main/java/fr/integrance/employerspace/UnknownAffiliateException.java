package fr.integrance.employerspace;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.platform.NotFoundException;

/** No such affiliation for that organisation: unknown, or another employer's. */
public class UnknownAffiliateException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownAffiliateException(AffiliationId id) {
		super("affiliation " + id.value());
	}

}
