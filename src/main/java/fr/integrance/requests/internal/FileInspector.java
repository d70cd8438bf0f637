package fr.integrance.requests.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;

import fr.integrance.requests.FileRejectedException;
import fr.integrance.requests.FileRejection;

/**
 * Decides whether an uploaded file may be kept (RULES.md §6): not empty, within the size
 * limit, an accepted extension, bytes of the type that extension announces (detected by
 * Tika from the bytes alone: neither the name nor the declared type is given to it as a
 * hint), and for a PDF, no JavaScript anywhere in it. Pure: it neither stores nor logs
 * anything.
 */
@RequiredArgsConstructor
final class FileInspector {

	/** The accepted extensions and the one media type each must contain. */
	static final Map<String, String> ALLOWED = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "png", "image/png");

	private static final int MAX_DISPLAY_NAME = 120;

	private static final byte[] JAVASCRIPT_NAME = "/JavaScript".getBytes(StandardCharsets.US_ASCII);

	private static final COSName JAVASCRIPT = COSName.JAVA_SCRIPT;

	private final Tika tika = new Tika();

	private final long maxBytes;

	/** The file, typed and named for display, or the reason it is refused. */
	InspectedFile inspect(@Nullable String originalName, byte[] content) throws FileRejectedException {
		if (content == null || content.length == 0) {
			throw new FileRejectedException(FileRejection.EMPTY);
		}
		if (content.length > maxBytes) {
			throw new FileRejectedException(FileRejection.TOO_LARGE);
		}
		String displayName = displayName(originalName);
		String expected = ALLOWED.get(extensionOf(displayName));
		if (expected == null) {
			throw new FileRejectedException(FileRejection.TYPE_NOT_ALLOWED);
		}
		String detected = tika.detect(content);
		if (!expected.equals(detected)) {
			throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
		}
		if ("application/pdf".equals(detected) && pdfCarriesJavaScript(content)) {
			throw new FileRejectedException(FileRejection.ACTIVE_CONTENT);
		}
		return new InspectedFile(displayName, detected, content);
	}

	/**
	 * The name to show: the last path segment of what the browser sent, without control
	 * or reserved characters, never starting with a dot, at most 120 characters. Only
	 * ever displayed: files are stored under a generated id.
	 */
	static String displayName(@Nullable String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
		name = name.replaceAll("^\\.+", "");
		if (name.length() > MAX_DISPLAY_NAME) {
			String extension = extensionOf(name);
			int keep = MAX_DISPLAY_NAME - extension.length() - 1;
			name = extension.isEmpty() || keep <= 0 ? name.substring(0, MAX_DISPLAY_NAME)
					: name.substring(0, keep) + "." + extension;
		}
		return name.isEmpty() ? "document" : name;
	}

	static String extensionOf(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * True when the PDF names JavaScript anywhere: a {@code /JS} or {@code /JavaScript}
	 * key or a {@code /JavaScript} name (an action's {@code /S}, the names tree). Every
	 * object of the cross-reference table is parsed, including those hidden in compressed
	 * object streams, and the raw bytes are searched too in case the structure is too
	 * broken to be walked. A PDF that cannot be parsed (damaged, or encrypted with a
	 * password) cannot be checked and is refused.
	 */
	static boolean pdfCarriesJavaScript(byte[] content) throws FileRejectedException {
		if (indexOf(content, JAVASCRIPT_NAME) >= 0) {
			return true;
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			COSDocument cos = document.getDocument();
			if (containsJavaScript(cos.getTrailer(), 0)) {
				return true;
			}
			for (COSObjectKey key : cos.getXrefTable().keySet()) {
				COSObject object = cos.getObjectFromPool(key);
				if (object != null && containsJavaScript(object.getObject(), 0)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new FileRejectedException(FileRejection.UNREADABLE);
		}
	}

	/**
	 * Walks direct objects only: indirect ones are visited through the cross-reference
	 * table.
	 */
	private static boolean containsJavaScript(COSBase base, int depth) {
		if (depth > 64) {
			return false;
		}
		if (base instanceof COSName name) {
			return JAVASCRIPT.equals(name);
		}
		if (base instanceof COSDictionary dictionary) {
			if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(JAVASCRIPT)) {
				return true;
			}
			for (COSBase value : dictionary.getValues()) {
				if (!(value instanceof COSObject) && containsJavaScript(value, depth + 1)) {
					return true;
				}
			}
			return false;
		}
		if (base instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				COSBase value = array.get(i);
				if (!(value instanceof COSObject) && containsJavaScript(value, depth + 1)) {
					return true;
				}
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** A file that passed every check. */
	record InspectedFile(String displayName, String mediaType, byte[] content) {

		@Override
		public String toString() {
			return "InspectedFile[" + mediaType + ", " + content.length + " bytes]";
		}
	}

}
