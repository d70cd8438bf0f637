package fr.integrance.platform.files;

import java.util.Arrays;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The office formats a document space accepts, each with its extension, the media type
 * given to the file, and what identifies it from the inside: the content type of the main
 * part in {@code [Content_Types].xml} (OOXML) or the {@code mimetype} entry
 * (OpenDocument).
 */
enum OfficeFormat {

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
	PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", true),
	ODT("odt", "application/vnd.oasis.opendocument.text", false),
	ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", false),
	ODP("odp", "application/vnd.oasis.opendocument.presentation", false);

	/** Extensions of OOXML formats that carry macros (documents, templates, add-ins). */
	static final Set<String> MACRO_ENABLED_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlam", "xlsb", "pptm",
			"potm", "ppsm", "ppam", "sldm");

	/** Extensions of the binary (OLE2) office formats that came before OOXML. */
	static final Set<String> LEGACY_EXTENSIONS = Set.of("doc", "dot", "xls", "xlt", "xla", "ppt", "pot", "pps");

	private final String extension;

	private final String mediaType;

	private final boolean ooxml;

	OfficeFormat(String extension, String mediaType, boolean ooxml) {
		this.extension = extension;
		this.mediaType = mediaType;
		this.ooxml = ooxml;
	}

	String extension() {
		return extension;
	}

	String mediaType() {
		return mediaType;
	}

	boolean ooxml() {
		return ooxml;
	}

	/**
	 * The content type of the main part of an OOXML package of this format (its
	 * {@code Override} in {@code [Content_Types].xml}).
	 */
	String mainPartType() {
		return mediaType + ".main+xml";
	}

	static @Nullable OfficeFormat byExtension(String extension) {
		return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst().orElse(null);
	}

}
