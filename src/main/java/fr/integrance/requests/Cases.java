package fr.integrance.requests;

import java.util.List;
import java.util.UUID;

/**
 * How staff process cases: the queues and their pages, one case with everything about it,
 * and the decisions. Each decision is one transaction: the case moves (its state machine
 * refuses a wrong move), the move is kept with who, when and why, what is said to the
 * sender goes to the mail outbox, accepting applies the case to the domain through its
 * request type, and the step is written to the audit journal (ids only) in the same
 * transaction. A decision by someone else than the assignee takes the case over first,
 * and the change of hands is kept. Opening a case or one of its files is journaled here,
 * with the reader.
 * <p>
 * Staff accounts are given as their ids: this module does not know identity. Every method
 * taking a case id throws {@link UnknownCaseException} for an unknown one.
 */
public interface Cases {

	int PAGE_SIZE = 20;

	/** Longest reason or message staff may write. */
	int MAX_TEXT = 4000;

	/**
	 * How many decided (accepted or rejected) cases a list counts at most: they grow
	 * without end, so beyond this the list says "more than" and pages no further (filter
	 * to narrow it).
	 */
	int CLOSED_COUNT_LIMIT = 2000;

	/**
	 * Every request type with its open cases per status and the age of its oldest
	 * (decided cases are not counted).
	 */
	List<QueueSummary> queues();

	/**
	 * One page of a queue, oldest first; a page beyond the last shows the last. Open
	 * cases are counted exactly, decided ones up to {@link #CLOSED_COUNT_LIMIT}.
	 */
	CaseListPage list(CaseFilter filter, int page);

	/**
	 * The case with its payload, files, history and thread, as the staff member
	 * {@code reader} opens it: the opening is journaled (ids only).
	 */
	CaseDetails open(CaseId caseId, UUID reader);

	/**
	 * A file of the case, as the staff member {@code reader} downloads it: journaled.
	 * @throws UnknownAttachmentException when the case has no such file
	 */
	AttachmentDownload attachment(CaseId caseId, AttachmentId attachmentId, UUID reader);

	/**
	 * The staff member takes the case (a submitted case goes into review, a held one
	 * changes hands).
	 */
	void take(CaseId caseId, UUID actor);

	/**
	 * Asks the sender for more: the case waits for them, and the reason is sent to them
	 * by e-mail.
	 */
	void askSender(CaseId caseId, UUID actor, String reason);

	/** Goes on with a case waiting for its sender. */
	void resume(CaseId caseId, UUID actor);

	/**
	 * Accepts the case and applies it to the domain through its request type (a
	 * subscription creates the member, the dependants and the active contract; a
	 * sollicitation is answered). Returns the case as it now stands.
	 * @throws FieldProblemsException when the acceptance lacks what the type needs (an
	 * answer, a dependant's civility); nothing is then changed
	 * @throws fr.integrance.platform.InvalidValueException when the domain refuses a
	 * value of the request (nothing is then changed)
	 */
	CaseDetails accept(CaseId caseId, UUID actor, Acceptance acceptance);

	/** Rejects the case; the reason is required and sent to the sender. */
	void reject(CaseId caseId, UUID actor, String reason);

	/**
	 * Writes to the sender (sent by e-mail, kept in the thread); the case does not move
	 * nor change hands.
	 */
	void writeToSender(CaseId caseId, UUID actor, String body);

	/**
	 * Keeps the sender's answer (from an extranet); a case waiting for them goes back
	 * into review.
	 */
	void recordSenderReply(CaseId caseId, String body);

}
