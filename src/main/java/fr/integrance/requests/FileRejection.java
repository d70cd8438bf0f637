package fr.integrance.requests;

/** Why an uploaded file was refused; the web layer turns each into a French sentence. */
public enum FileRejection {

	/** No content at all. */
	EMPTY,
	/** Larger than the per-file limit. */
	TOO_LARGE,
	/** The extension is not one of the accepted ones (PDF, JPEG, PNG). */
	TYPE_NOT_ALLOWED,
	/**
	 * The bytes are not what the extension says (e.g. an HTML page named {@code .pdf}).
	 */
	CONTENT_MISMATCH,
	/** A PDF that carries JavaScript. */
	ACTIVE_CONTENT,
	/** A PDF that cannot be read (damaged or password-protected). */
	UNREADABLE,
	/** More files than a request accepts. */
	TOO_MANY_FILES

}
