package fr.integrance.requests;

import fr.integrance.platform.NotFoundException;

/** The case has no file with this id (unknown, or another case's). */
public class UnknownAttachmentException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownAttachmentException(CaseId caseId, AttachmentId attachmentId) {
		super("No file " + attachmentId + " in case " + caseId);
	}

}
