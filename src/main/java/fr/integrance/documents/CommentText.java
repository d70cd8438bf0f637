package fr.integrance.documents;

import fr.integrance.platform.InvalidValueException;

/**
 * A comment on a document: free text of several lines, editable by its author, at most
 * {@value #MAX_LENGTH} characters.
 */
public final class CommentText extends DocumentText {

	public static final int MAX_LENGTH = 4000;

	private CommentText(String value) {
		super(value);
	}

	/**
	 * @throws InvalidValueException {@code documents.comment.required},
	 * {@code documents.comment.invalid}, {@code documents.comment.too-long}
	 */
	public static CommentText of(String input) {
		return new CommentText(text(input, MAX_LENGTH, "documents.comment"));
	}

}
