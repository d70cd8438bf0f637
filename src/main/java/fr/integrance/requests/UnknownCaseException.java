package fr.integrance.requests;

import java.util.UUID;

/** No case has this id. */
public class UnknownCaseException extends RuntimeException {

	public UnknownCaseException(UUID caseId) {
		super("No case " + caseId);
	}

}
