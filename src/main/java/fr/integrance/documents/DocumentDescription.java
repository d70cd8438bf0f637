package fr.integrance.documents;

import fr.integrance.platform.InvalidValueException;

/**
 * The optional description of a document: free text of several lines, at most
 * {@value #MAX_LENGTH} characters.
 */
public final class DocumentDescription extends DocumentText {

	public static final int MAX_LENGTH = 2000;

	private DocumentDescription(String value) {
		super(value);
	}

	/**
	 * @throws InvalidValueException {@code documents.description.required},
	 * {@code documents.description.invalid}, {@code documents.description.too-long}
	 */
	public static DocumentDescription of(String input) {
		return new DocumentDescription(text(input, MAX_LENGTH, "documents.description"));
	}

}
