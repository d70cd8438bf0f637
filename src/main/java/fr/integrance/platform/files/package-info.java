/**
 * The content inspection of uploaded files behind
 * {@link fr.integrance.platform.FileInspection}: names, types by content, hidden content,
 * image headers and the PDF object graph, with bounded decompression.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.files;
