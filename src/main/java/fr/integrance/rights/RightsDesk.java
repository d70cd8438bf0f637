package fr.integrance.rights;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.RestrictionGround;

/**
 * The DPO's desk: the queue of rights requests with their deadlines, one request with its
 * history, and what can be done with it. Every action is a transition guarded by the
 * request, recorded with who, when and why, and journaled (ids only).
 * <p>
 * Actions throw {@link RightsDeskException} with a message key when the request's state
 * does not allow them, and {@link java.util.NoSuchElementException} for an unknown id.
 */
public interface RightsDesk {

	/** One page of the queue: overdue first, then by due date. */
	RightsQueue queue(QueueFilter filter, int page, int size);

	/** How many requests are in each status. */
	Map<RightsRequestStatus, Long> countsByStatus();

	/**
	 * The median number of days from receipt to answer (answered or refused), empty when
	 * none is closed yet.
	 */
	Optional<Double> medianDaysToAnswer();

	/** One request as the desk shows it; empty when unknown. */
	Optional<RightsRequestView> find(RightsRequestId id);

	/**
	 * The people the mutual holds who could be the requester (same names; same birth date
	 * or member number when given), for staff to choose from after checking.
	 */
	List<SubjectCandidate> candidates(RightsRequestId id);

	/**
	 * Registers a letter or a forwarded e-mail ({@link RightsChannel#PAPER},
	 * {@link RightsChannel#EMAIL}), with its scan when there is one; the identity is then
	 * checked as for an anonymous request.
	 */
	ReceivedRightsRequest register(RightsRequestSubmission submission, RightsChannel channel, UUID staff,
			@Nullable Scan scan) throws IOException;

	/**
	 * Asks the requester for an identity document, when the mutual could not recognise
	 * them otherwise: a single-use link to send it goes to the address given in the
	 * request. Only while the subject is not known.
	 * @throws RightsDeskException when the subject is already known or the request closed
	 */
	void askIdentityDocument(RightsRequestId id, UUID staff);

	/**
	 * Opens the identity document the requester sent, for staff to check (the viewing is
	 * journaled); empty when there is none.
	 */
	Optional<Scan> openIdentityDocument(RightsRequestId id, UUID staff);

	/**
	 * Links the subject after a check by staff: {@code documentChecked} when an identity
	 * document was checked (it is not kept). The request moves to
	 * {@link RightsRequestStatus#IN_PROGRESS}; an identity document the requester sent is
	 * then shredded and its deletion journaled.
	 */
	void linkSubject(RightsRequestId id, DataSubjectRef subject, boolean documentChecked, @Nullable String note,
			UUID staff);

	/**
	 * Extends the deadline by two months (three months after receipt), only before the
	 * first month ends, with the reasons, which are sent to the requester.
	 */
	LocalDate extend(RightsRequestId id, String reasons, UUID staff);

	/**
	 * Refuses with the reasons (Art. 12(4)): the answer is sent by the fulfilment; an
	 * identity document the requester sent is shredded and its deletion journaled.
	 */
	void refuse(RightsRequestId id, String reasons, UUID staff);

	/**
	 * Carries the right out and answers (the fulfilment), with an optional staff note.
	 */
	void fulfil(RightsRequestId id, @Nullable String note, UUID staff);

	/**
	 * Carries the right out and answers, with an optional staff note and, for a
	 * restriction, the case of Art. 18(1) it falls under (null: (a), accuracy contested).
	 * @throws RightsDeskException when the subject is not known yet, or for a
	 * rectification without the note of what was corrected (the letter quotes it)
	 */
	void fulfil(RightsRequestId id, @Nullable String note, @Nullable RestrictionGround ground, UUID staff);

	/**
	 * Lifts the restriction an answered restriction request set (Art. 18(3)): the
	 * subject's rows are processed again, and the requester is told by a letter and an
	 * e-mail notice, with the staff note as the reason given. Once per request.
	 * @throws RightsDeskException when the request is not an answered restriction, or its
	 * restriction was already lifted
	 */
	void liftRestriction(RightsRequestId id, @Nullable String note, UUID staff);

	/**
	 * Writes the letter that told the requester the restriction was lifted.
	 * @throws java.util.NoSuchElementException when it was not lifted
	 */
	void writeLiftLetter(RightsRequestId id, OutputStream out) throws IOException;

	/** Whether the request is an answered restriction whose restriction was lifted. */
	boolean restrictionLifted(RightsRequestId id);

	/** Writes the answer letter (PDF) of an answered or refused request. */
	void writeLetter(RightsRequestId id, OutputStream out) throws IOException;

	/** Opens the scan of a paper request; empty when it has none. */
	Optional<InputStream> openScan(RightsRequestId id);

	/** The scan of a letter: its bytes and their media type. */
	record Scan(String contentType, InputStream content) {
	}

}
