/**
 * Thumbnails of the documents kept in a document space: the first page of a PDF (PDFBox)
 * or an image (ImageIO), small, rendered within bounded memory.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.documents.internal.thumbnails;
