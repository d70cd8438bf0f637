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
	 * The per-file limit in bytes (the multipart limit), for the forms to announce it.
	 */
	long maxFileBytes();

	/** A file that passed every check. */
	record InspectedFile(String displayName, String mediaType, byte[] content) {

		@Override
		public String toString() {
			return "InspectedFile[" + mediaType + ", " + content.length + " bytes]";
		}

	}

}
