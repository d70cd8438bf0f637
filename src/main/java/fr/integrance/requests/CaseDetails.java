package fr.integrance.requests;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A case as the back office shows it: what was sent (the typed payload:
 * {@code subscription} or {@code solicitation}, the other one null), its files, its
 * history and its message thread, and what accepting it created.
 */
public record CaseDetails(UUID id, String reference, RequestType type, String purposeId, RequestChannel channel,
		RequestStatus status, Instant submittedAt, String submitterName, String submitterEmail, UUID assigneeId,
		Instant decidedAt, UUID personId, UUID contractId, SubscriptionRequest subscription, Solicitation solicitation,
		List<StoredAttachment> attachments, List<Step> history, List<Message> messages) {

	public CaseDetails {
		attachments = List.copyOf(attachments);
		history = List.copyOf(history);
		messages = List.copyOf(messages);
	}

	/** The statuses this case may move to now. */
	public Set<RequestStatus> next() {
		return status.next();
	}

	/**
	 * A step of the history; {@code actorId} null when the sender's answer moved it. A
	 * step that keeps the status is a change of hands: the actor took the case over from
	 * {@code previousAssigneeId} (null when nobody held it).
	 */
	public record Step(RequestStatus from, RequestStatus to, UUID actorId, Instant at, String reason,
			UUID previousAssigneeId) {

		public boolean reassignment() {
			return from == to;
		}
	}

	/** A message of the thread; {@code authorId} null for the sender. */
	public record Message(MessageDirection direction, UUID authorId, Instant at, String body) {
	}

	@Override
	public String toString() {
		return "CaseDetails[" + reference + ", " + type + ", " + status + "]";
	}
}
