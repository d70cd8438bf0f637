package fr.integrance.rights.internal.fulfilment;

import fr.integrance.audit.AuditAction;

/** The audit journal's actions of the fulfilment of rights requests. */
final class JournalActions {

	static final AuditAction ACCESS_EXPORTED = AuditAction.of("rights.access.exported");

	static final AuditAction PORTABILITY_EXPORTED = AuditAction.of("rights.portability.exported");

	static final AuditAction ERASED = AuditAction.of("rights.erasure.done");

	static final AuditAction RESTRICTED = AuditAction.of("rights.restriction.set");

	static final AuditAction RESTRICTION_LIFTED = AuditAction.of("rights.restriction.lifted");

	static final AuditAction OBJECTION = AuditAction.of("rights.objection.done");

	static final AuditAction CONSENT_WITHDRAWN = AuditAction.of("rights.consent.withdrawn");

	static final AuditAction RECTIFIED = AuditAction.of("rights.rectification.recorded");

	/** A recipient that received the subject's data is to be told of a rectification. */
	static final AuditAction ART19_NOTICE_DUE = AuditAction.of("rights.rectification.notice-due");

	static final AuditAction REFUSED = AuditAction.of("rights.request.refused");

	static final AuditAction ANSWERED = AuditAction.of("rights.answer.sent");

	static final AuditAction ARCHIVE_DOWNLOADED = AuditAction.of("rights.archive.downloaded");

	static final AuditAction ARCHIVE_CODE_WRONG = AuditAction.of("rights.archive.code-wrong");

	static final AuditAction ARCHIVE_LOCKED = AuditAction.of("rights.archive.locked");

	static final AuditAction ARCHIVE_PURGED = AuditAction.of("rights.archive.purged");

	private JournalActions() {
	}

}
