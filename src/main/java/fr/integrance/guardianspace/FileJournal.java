package fr.integrance.guardianspace;

import java.time.Clock;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.contracts.RepresentationActivity;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.PersonId;
import fr.integrance.privacy.DataSubjectRef;

/**
 * Records each opening of a protected adult's file: in the audit journal (the agent, the
 * adult, the organisation, purpose {@code itutelle}) and in the organisation's own list
 * of openings, which its administrator reviews; both in one transaction.
 */
@Component
@RequiredArgsConstructor
class FileJournal {

	static final String PURPOSE = "itutelle";

	static final String HEALTH_NEEDS_OBJECT = "health-needs";

	private final AuditJournal journal;

	private final RepresentationActivity activity;

	private final Clock clock;

	@Transactional
	void opened(AuthenticatedUser agent, UUID organisation, UUID adult) {
		journal.record(AuditEvent.success(AuditActor.account(agent.accountId().value()), AuditAction.PERSON_READ)
			.withSubject(DataSubjectRef.person(adult))
			.withObject("guardian-organisation:" + organisation)
			.withPurpose(PURPOSE));
		activity.opened(organisation, agent.accountId().value(), new PersonId(adult), clock.instant());
	}

	/**
	 * Records that the adult's health needs (special-category data, GDPR Art. 9) were
	 * shown to the agent: an audit event of its own, object
	 * {@value #HEALTH_NEEDS_OBJECT}.
	 */
	@Transactional
	void healthNeedsShown(AuthenticatedUser agent, UUID organisation, UUID adult) {
		journal.record(AuditEvent.success(AuditActor.account(agent.accountId().value()), AuditAction.PERSON_READ)
			.withSubject(DataSubjectRef.person(adult))
			.withObject(HEALTH_NEEDS_OBJECT + ":guardian-organisation:" + organisation)
			.withPurpose(PURPOSE));
	}

}
