/**
 * The encrypted content store behind {@link fr.integrance.documents.StoredContents}: the
 * blob-store port ({@link fr.integrance.documents.internal.storage.BlobStore}) with its
 * local-directory and S3-compatible adapters, the per-content keys wrapped by the
 * documents keyset, and the {@code document_content} table that holds them.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.documents.internal.storage;
