package fr.integrance.documents.internal;

import java.util.Optional;

/**
 * Renders a small PNG of a file's first page (PDF, with PDFBox) or of an image (JPEG,
 * PNG, with ImageIO), at most {@value #MAX_EDGE} pixels on its longer edge; nothing for
 * other types or when rendering fails (never an exception: a thumbnail is a nicety). Pure
 * and thread-safe; the background job calls it on inspected files only.
 */
public interface ThumbnailRenderer {

	int MAX_EDGE = 240;

	Optional<byte[]> render(String mediaType, byte[] content);

}
