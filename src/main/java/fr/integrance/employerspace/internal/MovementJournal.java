package fr.integrance.employerspace.internal;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.PersonId;
import fr.integrance.privacy.DataSubjectRef;

/**
 * Journals the employer's reads and movements (ids only): the actor is the signed-in
 * representative, or the authenticated API client, taken from the security context.
 */
@Component
@RequiredArgsConstructor
class MovementJournal {

	static final String ENROLMENT_PURPOSE = "icollectif-affiliation-requests";

	static final String CHANGE_PURPOSE = "icollectif-affiliate-changes";

	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9:_.-]");

	private final AuditJournal journal;

	void read(UUID organisation, AffiliationId affiliation, PersonId person) {
		record(AuditAction.PERSON_READ, organisation, affiliation, person, CHANGE_PURPOSE);
	}

	void changed(UUID organisation, AffiliationId affiliation, PersonId person, String purpose) {
		record(AuditAction.DATA_CHANGED, organisation, affiliation, person, purpose);
	}

	/** One entry per affiliation changed, appended together (a file's chunk). */
	void changedAll(UUID organisation, List<Affiliation> affiliations, String purpose) {
		AuditActor actor = actor();
		journal.recordAll(affiliations.stream()
			.map(affiliation -> AuditEvent.success(actor, AuditAction.DATA_CHANGED)
				.withSubject(DataSubjectRef.person(affiliation.person().value()))
				.withObject("affiliation:" + affiliation.id().value())
				.withPurpose(purpose))
			.toList());
	}

	private void record(AuditAction action, UUID organisation, AffiliationId affiliation, PersonId person,
			String purpose) {
		journal.record(AuditEvent.success(actor(), action)
			.withSubject(DataSubjectRef.person(person.value()))
			.withObject("affiliation:" + affiliation.value())
			.withPurpose(purpose));
	}

	static AuditActor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return AuditActor.system("employerspace");
		}
		if (authentication.getPrincipal() instanceof AuthenticatedUser user) {
			return AuditActor.account(user.accountId().value());
		}
		String name = UNSAFE.matcher(authentication.getName()).replaceAll("_");
		return AuditActor.system("client:" + (name.length() > 80 ? name.substring(0, 80) : name));
	}

}
