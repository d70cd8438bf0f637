/**
 * The documents module's implementation: spaces, folders, documents, versions, comments,
 * reminders, the encrypted store and thumbnails.
 */
@NullMarked
package fr.integrance.documents.internal;

import org.jspecify.annotations.NullMarked;
