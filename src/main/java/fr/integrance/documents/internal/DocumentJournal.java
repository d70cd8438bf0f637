package fr.integrance.documents.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.privacy.DataSubjectRef;

/**
 * What the documents module writes in the audit journal: ids only (the owner as the data
 * subject when a person, the folder, document or comment as the object), never a title, a
 * name or a comment.
 */
@Component
@RequiredArgsConstructor
class DocumentJournal {

	static final AuditAction FOLDER_CREATED = AuditAction.of("document.folder-created");

	static final AuditAction FOLDER_RENAMED = AuditAction.of("document.folder-renamed");

	static final AuditAction FOLDER_MOVED = AuditAction.of("document.folder-moved");

	static final AuditAction FOLDER_DELETED = AuditAction.of("document.folder-deleted");

	static final AuditAction UPLOADED = AuditAction.of("document.uploaded");

	static final AuditAction REPLACED = AuditAction.of("document.replaced");

	static final AuditAction EDITED = AuditAction.of("document.edited");

	static final AuditAction DATES_SET = AuditAction.of("document.dates-set");

	static final AuditAction DELETED = AuditAction.of("document.deleted");

	static final AuditAction DOWNLOADED = AuditAction.of("document.downloaded");

	static final AuditAction COMMENTED = AuditAction.of("document.commented");

	static final AuditAction COMMENT_EDITED = AuditAction.of("document.comment-edited");

	static final AuditAction REMINDER_SENT = AuditAction.of("document.reminder-sent");

	/** The reminder job, as the journal names it. */
	static final String REMINDER_JOB = "documents.reminders";

	private final AuditJournal journal;

	void record(AuditAction action, DocumentActor actor, SpaceOwner owner, String objectRef) {
		journal.record(event(AuditActor.account(actor.accountId()), action, owner).withObject(objectRef));
	}

	void recordBySystem(AuditAction action, SpaceOwner owner, String objectRef) {
		journal.record(event(AuditActor.system(REMINDER_JOB), action, owner).withObject(objectRef));
	}

	private static AuditEvent event(AuditActor actor, AuditAction action, SpaceOwner owner) {
		AuditEvent event = AuditEvent.success(actor, action);
		return owner.kind() == SpaceOwner.Kind.PERSON ? event.withSubject(DataSubjectRef.person(owner.id())) : event;
	}

	static String folderRef(Object id) {
		return "document-folder:" + id;
	}

	static String documentRef(Object id) {
		return "document:" + id;
	}

	static String commentRef(Object id) {
		return "document-comment:" + id;
	}

}
