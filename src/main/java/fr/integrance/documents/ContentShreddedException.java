package fr.integrance.documents;

import fr.integrance.platform.NotFoundException;

/**
 * The content was shredded (its key destroyed, by an erasure or a retention sweep) or
 * never existed: nothing can be read any more.
 */
public class ContentShreddedException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public ContentShreddedException(ContentId id) {
		super("Content " + id + " is shredded or unknown");
	}

}
