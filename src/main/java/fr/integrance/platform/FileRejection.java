package fr.integrance.platform;

/**
 * Why an uploaded file was refused ({@link FileInspection}); the web layer turns each
 * into a French sentence.
 */
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
	/**
	 * A PDF that can act when opened: JavaScript, launching a program, sending a form,
	 * importing data, opening another file, rich media, an XFA form.
	 */
	ACTIVE_CONTENT,
	/** A PDF that carries other files (embedded files, file attachment annotations). */
	EMBEDDED_FILE,
	/**
	 * Something else hides in the file: web page or script markers, data after the
	 * image's or the PDF's end, a virus test signature (a polyglot).
	 */
	HIDDEN_CONTENT,
	/** An image whose dimensions announce more pixels than any document photo needs. */
	TOO_MANY_PIXELS,
	/** A PDF that unpacks to far more than its size, or has too many pages. */
	TOO_COMPLEX,
	/** A password-protected or encrypted PDF: it cannot be checked nor read by staff. */
	ENCRYPTED,
	/** A PDF or image that cannot be read (damaged or truncated). */
	UNREADABLE,
	/**
	 * A file name with control characters (NUL…), direction overrides or of excessive
	 * length.
	 */
	NAME_NOT_ALLOWED,
	/** More files than a request accepts. */
	TOO_MANY_FILES,
	/**
	 * An office document that carries macros or other active parts: a macro-enabled
	 * format ({@code .docm}, {@code .xlsm}…), a VBA project, ActiveX controls, embedded
	 * programs, OpenDocument Basic or scripts (document spaces only).
	 */
	MACROS,
	/**
	 * A binary office document of the formats before 2007 ({@code .doc}, {@code .xls},
	 * {@code .ppt}): only their modern successors are accepted (document spaces only).
	 */
	LEGACY_OFFICE_FORMAT

}
