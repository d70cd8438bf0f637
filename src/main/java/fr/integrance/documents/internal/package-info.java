/**
 * The documents module's implementation: the spaces' rows and the service
 * ({@link fr.integrance.documents.internal.JpaDocumentSpaces}), the background
 * thumbnails, the reminder job and the module's personal data; the encrypted store in
 * {@code storage}, the file checks and thumbnail rendering in {@code thumbnails}.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.documents.internal;
