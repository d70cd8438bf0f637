package fr.integrance.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Markers of something a browser or another reader would run, found in the raw bytes of a
 * file that should only be a document or an image: the second half of a polyglot (a JPEG
 * or PDF that is also a web page), a script, or the EICAR test signature that every
 * antivirus recognises. Compressed PDF streams are not inflated here: their bytes are
 * noise, and what they hold is checked by the PDF inspection.
 */
final class HiddenContent {

	private static final List<byte[]> MARKERS = List
		.of("<html", "<script", "<svg", "<!doctype", "<iframe", "<body", "<object", "<embed", "<?php", "javascript:",
				"vbscript:", "eicar-standard-antivirus-test-file")
		.stream()
		.map(marker -> marker.getBytes(StandardCharsets.US_ASCII))
		.toList();

	private HiddenContent() {
	}

	static boolean present(byte[] content) {
		for (byte[] marker : MARKERS) {
			if (indexOfIgnoringCase(content, marker, 0) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The first index of {@code needle}, byte for byte. */
	static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = from; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** The first index of an ASCII lower-case {@code needle}, matched ignoring case. */
	static int indexOfIgnoringCase(byte[] haystack, byte[] needle, int from) {
		byte first = needle[0];
		outer: for (int i = from; i <= haystack.length - needle.length; i++) {
			if (lower(haystack[i]) != first) {
				continue;
			}
			for (int j = 1; j < needle.length; j++) {
				if (lower(haystack[i + j]) != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte lower(byte b) {
		return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
	}

}
