package fr.integrance.documents;

import fr.integrance.platform.InvalidValueException;

/**
 * The title of a document: one line, shown in listings and searched, at most
 * {@value #MAX_LENGTH} characters.
 */
public final class DocumentTitle extends DocumentText {

	public static final int MAX_LENGTH = 200;

	private DocumentTitle(String value) {
		super(value);
	}

	/**
	 * @throws InvalidValueException {@code documents.title.required},
	 * {@code documents.title.invalid}, {@code documents.title.too-long}
	 */
	public static DocumentTitle of(String input) {
		return new DocumentTitle(line(input, MAX_LENGTH, "documents.title"));
	}

}
