package fr.integrance.requests;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;

/**
 * The cases of one person as their own extranet lists them: a narrow read, with the
 * reference, type, status and dates only (never the payload nor a message's text, never
 * who processes it). A case belongs to a person when it carries their person id; nothing
 * is matched on a name or an e-mail address, which anyone may type in a form. Nothing is
 * journaled here: the person reads their own cases.
 */
public interface PersonCases {

	/** The most cases {@link #openCasesOf} returns. */
	int LIMIT = 20;

	/**
	 * The person's cases still being processed ({@link RequestStatus#OPEN}), newest
	 * first, at most {@link #LIMIT}; empty for an unknown person.
	 */
	List<OpenCase> openCasesOf(PersonId person);

	/**
	 * One of them.
	 *
	 * @param lastMessageAt when the last message of its thread (either way) was written,
	 * null when there is none
	 */
	record OpenCase(String reference, RequestType type, RequestStatus status, Instant submittedAt,
			@Nullable Instant lastMessageAt) {
	}

}
