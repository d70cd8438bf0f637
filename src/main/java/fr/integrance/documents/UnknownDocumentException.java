package fr.integrance.documents;

import fr.integrance.platform.NotFoundException;

/** A folder, document, version or comment that is not in the space named (404). */
public class UnknownDocumentException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownDocumentException(String what, Object id) {
		super(what + " " + id + " is not in this space");
	}

}
