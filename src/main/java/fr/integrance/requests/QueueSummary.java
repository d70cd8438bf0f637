package fr.integrance.requests;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The open cases of one request type: how many in each open status, and when the oldest
 * arrived. Decided cases are not counted: they grow without end and a queue is about what
 * is left to do.
 *
 * @param oldestSubmittedAt null when the queue is empty
 */
public record QueueSummary(RequestType type, long submitted, long inReview, long waitingForSender,
		@Nullable Instant oldestSubmittedAt) {

	/**
	 * From the counts per status; a status missing from the map has no case, a decided
	 * one is ignored.
	 */
	public static QueueSummary of(RequestType type, Map<RequestStatus, Long> openCounts,
			@Nullable Instant oldestSubmittedAt) {
		return new QueueSummary(type, openCounts.getOrDefault(RequestStatus.SUBMITTED, 0L),
				openCounts.getOrDefault(RequestStatus.IN_REVIEW, 0L),
				openCounts.getOrDefault(RequestStatus.WAITING_FOR_SENDER, 0L), oldestSubmittedAt);
	}

	public long open() {
		return submitted + inReview + waitingForSender;
	}
}
