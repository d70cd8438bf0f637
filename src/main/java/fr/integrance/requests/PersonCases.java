package fr.integrance.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;

/**
 * The cases of one person as their own extranet shows them: the open ones for the home
 * page, every one page by page, and the thread of one with the files either way, where
 * the person answers staff. A case belongs to a person when it carries their person id
 * (sent from their space, or created them when accepted); nothing is matched on a name or
 * an e-mail address, which anyone may type in a form. Another person's case and an
 * unknown reference are the same: not found. Never who processes it nor the staff's notes
 * of a decision. Reading is not journaled (the person reads their own cases); an answer
 * is.
 */
public interface PersonCases {

	/** The most cases {@link #openCasesOf} returns. */
	int LIMIT = 20;

	/** How many cases a page of {@link #casesOf} holds. */
	int PAGE_SIZE = 10;

	/** The longest excerpt of the last message a list line shows. */
	int EXCERPT = 140;

	/**
	 * The person's cases still being processed ({@link RequestStatus#OPEN}), newest
	 * first, at most {@link #LIMIT}; empty for an unknown person.
	 */
	List<OpenCase> openCasesOf(PersonId person);

	/**
	 * One page of every case of the person, newest first, each with the last message of
	 * its thread; a page beyond the last shows the last.
	 */
	CasePage casesOf(PersonId person, int page);

	/** The case of that reference with its thread, if it is the person's. */
	Optional<Conversation> conversation(PersonId person, String reference);

	/**
	 * The person answers in the thread of their case, with pending files
	 * ({@link Attachments#store}): the message is kept with its files, a case waiting for
	 * them goes back into review (the same move as {@link Cases#recordSenderReply}), and
	 * the answer is journaled with the account that wrote it.
	 * @param account the person's login account, for the journal
	 * @throws UnknownCaseException when the case is not the person's
	 * @throws InvalidCaseTransitionException when the case is decided (no answer then)
	 * @throws IllegalArgumentException for an empty message, more than
	 * {@link Attachments#MAX_FILES_PER_REQUEST} files or an unknown one
	 */
	void answer(PersonId person, UUID account, String reference, String body, List<AttachmentId> files);

	/**
	 * A file of the person's case (sent with the request or with a message either way).
	 * @throws UnknownCaseException when the case is not the person's
	 * @throws UnknownAttachmentException when the case has no such file
	 */
	AttachmentDownload attachment(PersonId person, String reference, AttachmentId file);

	/**
	 * One of them.
	 *
	 * @param lastMessageAt when the last message of its thread (either way) was written,
	 * null when there is none
	 */
	record OpenCase(String reference, RequestType type, RequestStatus status, Instant submittedAt,
			@Nullable Instant lastMessageAt) {
	}

	/**
	 * A page of the person's cases.
	 *
	 * @param page from 0, never beyond the last page
	 */
	record CasePage(List<CaseLine> items, int page, int pageSize, long total) {

		public CasePage {
			items = List.copyOf(items);
		}

		public int totalPages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < totalPages();
		}

	}

	/**
	 * A case of the list.
	 *
	 * @param subject the subject the person gave (a sollicitation), null otherwise
	 * @param lastMessage the last message of its thread, null when there is none
	 */
	record CaseLine(String reference, RequestType type, RequestStatus status, Instant submittedAt,
			@Nullable String subject, @Nullable LastMessage lastMessage) {

		@Override
		public String toString() {
			return "CaseLine[" + reference + ", " + type + ", " + status + "]";
		}

	}

	/** The last message of a thread: who wrote it, when, and its first characters. */
	record LastMessage(MessageDirection direction, Instant at, String excerpt) {

		@Override
		public String toString() {
			return "LastMessage[" + direction + "]";
		}

	}

	/**
	 * A case with its thread, as its person reads it.
	 *
	 * @param subject the subject the person gave (a sollicitation), null otherwise
	 * @param message the request's own text (a sollicitation), null otherwise
	 * @param files the files sent with the request itself
	 * @param messages the thread, oldest first, each with the files that came with it
	 */
	record Conversation(String reference, RequestType type, RequestStatus status, Instant submittedAt,
			@Nullable String subject, @Nullable String message, List<StoredAttachment> files,
			List<ThreadMessage> messages) {

		public Conversation {
			files = List.copyOf(files);
			messages = List.copyOf(messages);
		}

		/** Staff asked the person for more and wait for the answer. */
		public boolean awaitingAnswer() {
			return status == RequestStatus.WAITING_FOR_SENDER;
		}

		/** The person may still write (the case is not decided). */
		public boolean open() {
			return !status.isFinal();
		}

		@Override
		public String toString() {
			return "Conversation[" + reference + ", " + type + ", " + status + "]";
		}

	}

	/** A message of the thread and the files that came with it. */
	record ThreadMessage(MessageDirection direction, Instant at, String body, List<StoredAttachment> files) {

		public ThreadMessage {
			files = List.copyOf(files);
		}

		@Override
		public String toString() {
			return "ThreadMessage[" + direction + ", " + files.size() + " file(s)]";
		}

	}

}
