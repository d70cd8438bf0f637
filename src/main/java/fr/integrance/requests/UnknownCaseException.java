package fr.integrance.requests;

import fr.integrance.platform.NotFoundException;

/** No case has this id. */
public class UnknownCaseException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownCaseException(CaseId caseId) {
		super("No case " + caseId);
	}

	/**
	 * No case of that reference is the caller's (the reference came from an address: not
	 * repeated in the message).
	 */
	public UnknownCaseException() {
		super("No case of that reference for this person");
	}

}
