package fr.integrance.platform.files;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;

/**
 * The name of an uploaded file, only ever shown (files are stored under a generated id).
 * A name that tries to deceive is refused rather than repaired: control characters (NUL
 * first), invisible formatting and direction overrides ({@code facture<U+202E>fdp.exe}
 * shows as {@code facture exe.pdf}), or more than 255 characters. What remains is cut to
 * its last path segment, cleared of the characters file systems reserve, never starts
 * with a dot and is shortened for display.
 */
final class FileNames {

	static final int MAX_DECLARED = 255;

	static final int MAX_DISPLAY = 120;

	private FileNames() {
	}

	static String displayName(@Nullable String declared) throws FileRejectedException {
		String name = declared == null ? "" : declared;
		if (name.length() > MAX_DECLARED || name.codePoints().anyMatch(FileNames::deceptive)) {
			throw new FileRejectedException(FileRejection.NAME_NOT_ALLOWED);
		}
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[<>:\"|?*]", "").strip();
		name = name.replaceAll("^\\.+", "");
		if (name.length() > MAX_DISPLAY) {
			String extension = extensionOf(name);
			int keep = MAX_DISPLAY - extension.length() - 1;
			name = extension.isEmpty() || keep <= 0 ? name.substring(0, MAX_DISPLAY)
					: name.substring(0, keep) + "." + extension;
		}
		return name.isEmpty() ? "document" : name;
	}

	static String extensionOf(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * Control characters (C0, DEL, C1), invisible format characters (bidirectional
	 * overrides and isolates, zero-width joiners, BOM), unassigned and private-use code
	 * points, lone surrogates.
	 */
	private static boolean deceptive(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
				|| type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
