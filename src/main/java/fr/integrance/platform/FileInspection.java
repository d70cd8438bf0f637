package fr.integrance.platform;

import org.jspecify.annotations.Nullable;

/**
 * The one check of every file a person sends (RULES.md §6), wherever it arrives: a name
 * that is safe to show, an accepted extension (PDF, JPEG, PNG), bytes of the type that
 * extension announces (detected from the bytes alone), nothing hidden in them (markup,
 * data after the end, a second format), images within a pixel limit read from their
 * header, PDFs without actions, scripts or embedded files and within decompressed-size
 * and page limits. Pure: it neither stores, decodes images, renders nor logs anything.
 */
public interface FileInspection {

	/**
	 * @param declaredName the name the browser sent, only kept (sanitised) for display
	 * @return the file, typed and named for display
	 * @throws FileRejectedException with the reason, when the file is refused
	 */
	InspectedFile inspect(@Nullable String declaredName, byte[] content) throws FileRejectedException;

	/**
	 * The check of a file kept in a document space: what {@link #inspect} accepts, plus
	 * office documents without macros (OOXML {@code .docx}, {@code .xlsx}, {@code .pptx}
	 * without {@code vbaProject.bin}, OpenDocument {@code .odt}, {@code .ods},
	 * {@code .odp} without scripts; {@code .docm}, {@code .xlsm} and the like refused),
	 * within the same zip-bomb limits.
	 * @throws FileRejectedException with the reason, when the file is refused
	 */
	default InspectedFile inspectDocument(@Nullable String declaredName, byte[] content) throws FileRejectedException {
		return inspect(declaredName, content);
	}

	/**
	 * The request attribute (a {@link Long}: the limit in bytes) set on a document-space
	 * upload whose file went over {@link #maxDocumentBytes()}: the body was not read, the
	 * request reaches its controller without parts, so that the form answers in French
	 * beside its file field.
	 */
	String DOCUMENT_TOO_LARGE_ATTRIBUTE = "fr.integrance.platform.documentTooLarge";

	/**
	 * The per-file limit in bytes of the forms ({@code app.files.max-file-size}, 5 MB),
	 * for them to announce it.
	 */
	long maxFileBytes();

	/**
	 * The per-file limit in bytes of a document kept in a document space
	 * ({@code app.documents.max-file-bytes}, 20 MB): what {@link #inspectDocument}
	 * accepts, and the multipart limit of the server.
	 */
	default long maxDocumentBytes() {
		return maxFileBytes();
	}

	/** A file that passed every check. */
	record InspectedFile(String displayName, String mediaType, byte[] content) {

		@Override
		public String toString() {
			return "InspectedFile[" + mediaType + ", " + content.length + " bytes]";
		}

	}

}
