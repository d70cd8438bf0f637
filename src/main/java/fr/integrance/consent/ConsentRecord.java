package fr.integrance.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the append-only consent history: who ({@code subject}, as
 * {@link fr.integrance.privacy.DataSubjectRef#journalRef()} names them), about which
 * purpose, which version of the privacy notice the decision answered, the decision, how,
 * when, and from where (truncated IP, user agent cut to 200 characters).
 */
public record ConsentRecord(long id, String subject, String purpose, String noticeVersion, Decision decision,
		ConsentMethod method, Instant recordedAt, @Nullable String truncatedIp, @Nullable String userAgent) {
}
