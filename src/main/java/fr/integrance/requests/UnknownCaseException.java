package fr.integrance.requests;

import java.util.UUID;

import fr.integrance.platform.NotFoundException;

/** No case has this id. */
public class UnknownCaseException extends NotFoundException {

	public UnknownCaseException(UUID caseId) {
		super("No case " + caseId);
	}

}
