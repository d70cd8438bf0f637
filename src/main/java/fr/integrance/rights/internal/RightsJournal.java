package fr.integrance.rights.internal;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.privacy.DataSubjectRef;

/**
 * Each step of a rights request in the audit journal, as {@code rights.request.<kind>} on
 * {@code rights-request:<id>}, with the subject once known: ids only, never the reasons
 * or the requester's name and address.
 */
@Component
@RequiredArgsConstructor
class RightsJournal {

	private final AuditJournal journal;

	void record(AuditActor actor, RightsRequest request, String kind) {
		AuditEvent event = AuditEvent.success(actor, AuditAction.of("rights.request." + kind))
			.withObject("rights-request:" + request.id());
		@Nullable String subject = request.subjectRef();
		if (subject != null) {
			event = event.withSubject(subjectOf(subject));
		}
		journal.record(event);
	}

	/** The actor as steps store it. */
	static AuditActor actor(String ref) {
		if ("ANONYMOUS".equals(ref)) {
			return AuditActor.anonymous();
		}
		int colon = ref.indexOf(':');
		String id = ref.substring(colon + 1);
		return ref.startsWith("SYSTEM:") ? AuditActor.system(id) : AuditActor.account(id);
	}

	static DataSubjectRef subjectOf(String ref) {
		int colon = ref.indexOf(':');
		return new DataSubjectRef(DataSubjectRef.Kind.valueOf(ref.substring(0, colon)), ref.substring(colon + 1));
	}

	static String refOf(DataSubjectRef subject) {
		return subject.kind().name() + ':' + subject.id();
	}

}
