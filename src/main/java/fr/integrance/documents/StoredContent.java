package fr.integrance.documents;

/**
 * What the store knows of a content once written: its id, its plaintext size and the
 * SHA-256 of its plaintext (hex), for integrity checks and duplicates.
 */
public record StoredContent(ContentId id, long size, String sha256) {
}
