package fr.integrance.requests;

import java.time.Instant;

/**
 * The open cases of one request type: how many in each open status, and when the oldest arrived.
 *
 * @param oldestSubmittedAt null when the queue is empty
 */
public record QueueSummary(RequestType type, long submitted, long inReview, long waitingForSender,
		Instant oldestSubmittedAt) {

	public long open() {
		return submitted + inReview + waitingForSender;
	}
}
