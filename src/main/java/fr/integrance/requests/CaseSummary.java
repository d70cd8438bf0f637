package fr.integrance.requests;

import java.time.Instant;
import java.util.UUID;

/** One line of a back-office queue: enough to pick a case, nothing of its payload. */
public record CaseSummary(CaseId id, String reference, RequestType type, RequestStatus status, Instant submittedAt,
		String submitterName, UUID assigneeId) {

	@Override
	public String toString() {
		return "CaseSummary[" + reference + ", " + type + ", " + status + "]";
	}
}
