package fr.integrance.documents.web;

import fr.integrance.platform.NotFoundException;

/**
 * A space, folder, document or comment id in a path that is malformed, or an owner the
 * signed-in user may not reach (another organisation's protected adult, an unknown person
 * or case): the 404 page, the same for both.
 */
public class DocumentPageNotFoundException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public DocumentPageNotFoundException(String what) {
		super(what + " not found");
	}

}
