package fr.integrance.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published version of the privacy notice as archived: its id, publication date, the
 * SHA-256 of its register snapshot, when it was first recorded, and the register as it
 * was.
 */
public record PublishedNoticeVersion(String versionId, LocalDate publishedOn, String contentHash, Instant recordedAt,
		Register register) {
}
