package fr.integrance.documents;

import fr.integrance.platform.InvalidValueException;

/**
 * The name of a folder: one line, unique among its siblings, at most {@value #MAX_LENGTH}
 * characters.
 */
public final class FolderName extends DocumentText {

	public static final int MAX_LENGTH = 100;

	private FolderName(String value) {
		super(value);
	}

	/**
	 * @throws InvalidValueException {@code documents.folder-name.required},
	 * {@code documents.folder-name.invalid}, {@code documents.folder-name.too-long}
	 */
	public static FolderName of(String input) {
		return new FolderName(line(input, MAX_LENGTH, "documents.folder-name"));
	}

}
