package fr.integrance.requests;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.ContractId;
import fr.integrance.people.PersonId;

/**
 * A case as the back office shows it: what was sent (its typed payload, the record its
 * type names), its files, its history and its message thread, and what accepting it
 * created.
 *
 * @param view the name of the back-office fragment that shows this type's payload and
 * what its acceptance asks ({@code templates/backoffice/cases/types/<view>.html})
 * @param personId the person accepting it created, null otherwise
 * @param contractId the contract accepting it opened, null otherwise
 */
public record CaseDetails(CaseId id, String reference, RequestType type, String purposeId, RequestChannel channel,
		RequestStatus status, Instant submittedAt, String submitterName, String submitterEmail,
		@Nullable UUID assigneeId, @Nullable Instant decidedAt, @Nullable PersonId personId,
		@Nullable ContractId contractId, RequestPayload payload, String view, List<StoredAttachment> attachments,
		List<Step> history, List<Message> messages) {

	public CaseDetails {
		Objects.requireNonNull(payload, "payload");
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
	public record Step(RequestStatus from, RequestStatus to, @Nullable UUID actorId, Instant at,
			@Nullable String reason, @Nullable UUID previousAssigneeId) {

		public boolean reassignment() {
			return from == to;
		}
	}

	/** A message of the thread; {@code authorId} null for the sender. */
	public record Message(MessageDirection direction, @Nullable UUID authorId, Instant at, String body) {
	}

	@Override
	public String toString() {
		return "CaseDetails[" + reference + ", " + type + ", " + status + "]";
	}
}
