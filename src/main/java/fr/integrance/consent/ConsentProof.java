package fr.integrance.consent;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The proof export for one subject (GDPR Art. 7(1), CNIL: which notice version each
 * choice answered, when and how): every record ever kept for the subject, oldest first,
 * and the state in force.
 */
public record ConsentProof(String subject, Instant generatedAt, String currentNoticeVersion,
		List<ConsentState> currentState, List<Entry> records) {

	/** One record as exported (the subject is the proof's own, not repeated). */
	public record Entry(String purpose, Decision decision, String noticeVersion, ConsentMethod method,
			Instant recordedAt, @Nullable String truncatedIp, @Nullable String userAgent) {
	}
}
