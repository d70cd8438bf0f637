package fr.integrance.requests;

import java.util.List;

import fr.integrance.people.PersonId;

/**
 * Takes in requests: each becomes a {@link RequestStatus#SUBMITTED} case with a
 * human-readable reference ({@code DEM-2026-000123}), its payload as JSON typed by its
 * request type and its attachments; the acknowledgement e-mail goes to the mail outbox
 * and {@link RequestSubmitted} is published, both in the same transaction.
 */
public interface Requests {

	/**
	 * The rules of the payload's type it breaks (one partner at most, a plan of the
	 * catalogue…), each with the field and a French message key; empty when it may be
	 * submitted. A form asks it before going on, with what it has so far.
	 */
	List<FieldProblem> check(RequestPayload payload);

	/**
	 * Stores the request as a new case.
	 * @throws FieldProblemsException when it breaks a rule of its type ({@link #check})
	 * @throws IllegalArgumentException when it carries more than
	 * {@link Attachments#MAX_FILES_PER_REQUEST} files, or one that is unknown
	 * @throws IllegalStateException when one of its files already belongs to a case
	 */
	SubmittedRequest submit(RequestChannel channel, RequestPayload payload);

	/**
	 * Stores the request of a signed-in person, sent from their extranet, as a new case
	 * that is theirs from the start: it carries their person id, so that their space
	 * lists it and its thread ({@link PersonCases}).
	 * @throws FieldProblemsException when it breaks a rule of its type ({@link #check})
	 * @throws IllegalArgumentException as {@link #submit(RequestChannel, RequestPayload)}
	 */
	SubmittedRequest submit(RequestChannel channel, RequestPayload payload, PersonId sender);

	/**
	 * The register purpose under which a request of that type from that channel is
	 * processed, for the collection notice of its form.
	 */
	String purposeOf(RequestType type, RequestChannel channel);

	/**
	 * The JSON a case keeps for that payload, for a tool that writes cases in bulk
	 * without {@link #submit} (the data generator): the same shape as a submitted case's.
	 */
	String payloadJson(RequestPayload payload);

}
