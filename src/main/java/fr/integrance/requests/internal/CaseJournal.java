package fr.integrance.requests.internal;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.people.PersonId;
import fr.integrance.privacy.DataSubjectRef;

/**
 * What the case workflow writes to the audit journal: each opening of a case or of one of
 * its files, each change of hands and each decision, with ids only. The case is the
 * object ({@code case:<id>}); the data subject is the person the case is about
 * ({@link DataSubjectRef#journalRef()}, as elsewhere in the journal) once it has one, and
 * none while the sender is a prospect.
 * <p>
 * Decisions are recorded in their own transaction, after the case's changes are flushed
 * ({@link AuditJournal#record}): if the decision rolls back, so does its entry.
 */
@Component
@RequiredArgsConstructor
class CaseJournal {

	static final AuditAction READ = AuditAction.of("request.read");
	static final AuditAction ATTACHMENT_READ = AuditAction.of("request.attachment.read");
	static final AuditAction TAKEN = AuditAction.of("request.taken");
	static final AuditAction REASSIGNED = AuditAction.of("request.reassigned");
	static final AuditAction MORE_ASKED = AuditAction.of("request.more-asked");
	static final AuditAction RESUMED = AuditAction.of("request.resumed");
	static final AuditAction ACCEPTED = AuditAction.of("request.accepted");

	/** The contract an accepted subscription opened (object {@code contract:<id>}). */
	static final AuditAction CONTRACT_OPENED = AuditAction.of("request.contract-opened");
	static final AuditAction REJECTED = AuditAction.of("request.rejected");
	static final AuditAction MESSAGE_SENT = AuditAction.of("request.message-sent");

	/**
	 * The sender answered in the thread from their extranet (the actor is their account).
	 */
	static final AuditAction SENDER_ANSWERED = AuditAction.of("request.sender-answered");

	private final AuditJournal journal;

	/**
	 * The account {@code actor} (staff, or the sender for an answer) did that to the
	 * case.
	 */
	void record(AuditAction action, UUID actor, RequestCase requestCase) {
		journal.record(event(action, actor, requestCase).withObject(caseRef(requestCase)));
	}

	/**
	 * After an acceptance: the decision (about the person it created) and the contract it
	 * opened.
	 */
	void accepted(UUID actor, RequestCase requestCase) {
		record(ACCEPTED, actor, requestCase);
		if (requestCase.contractId() != null) {
			journal
				.record(event(CONTRACT_OPENED, actor, requestCase).withObject("contract:" + requestCase.contractId()));
		}
	}

	private static AuditEvent event(AuditAction action, UUID actor, RequestCase requestCase) {
		AuditEvent event = AuditEvent.success(AuditActor.account(actor), action).withPurpose(requestCase.purposeId());
		return requestCase.personId() == null ? event : event.withSubject(personRef(requestCase.personId()));
	}

	/** A case as the journal names it. */
	static String caseRef(RequestCase requestCase) {
		return "case:" + requestCase.id();
	}

	/** A person of the people module as the journal names a data subject. */
	static DataSubjectRef personRef(PersonId personId) {
		return DataSubjectRef.person(personId.value());
	}

}
