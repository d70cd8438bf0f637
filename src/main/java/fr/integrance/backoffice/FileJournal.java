package fr.integrance.backoffice;

import java.util.Collection;

import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.identity.CurrentUser;
import fr.integrance.people.PersonId;

/**
 * What the staff's person and contract pages write to the audit journal: each opening of
 * a person's file or of a contract (a read of the member's data), each NIR shown in full,
 * each change of a contract's status. Ids only: the staff account, the person, the
 * contract.
 */
@Component
class FileJournal {

	/** The full NIR was displayed on a person's page (beyond the usual masked form). */
	static final AuditAction NIR_REVEALED = AuditAction.of("person.nir-revealed");

	static final AuditAction CONTRACT_SUSPENDED = AuditAction.of("contract.suspended");

	static final AuditAction CONTRACT_RESUMED = AuditAction.of("contract.resumed");

	static final AuditAction CONTRACT_TERMINATED = AuditAction.of("contract.terminated");

	private final AuditJournal journal;

	private final CurrentUser currentUser;

	FileJournal(AuditJournal journal, CurrentUser currentUser) {
		this.journal = journal;
		this.currentUser = currentUser;
	}

	void personRead(PersonId person) {
		journal.record(event(AuditAction.PERSON_READ, person).withObject("person:" + person.value()));
	}

	void nirRevealed(PersonId person) {
		journal.record(event(NIR_REVEALED, person).withObject("person:" + person.value()));
	}

	/**
	 * A contract's page was shown: one read per person whose data it shows (member,
	 * dependants).
	 */
	void contractRead(IndividualContract contract, Collection<PersonId> shown) {
		for (PersonId person : shown) {
			journal.record(event(AuditAction.PERSON_READ, person).withObject(contractRef(contract)));
		}
	}

	void contractChanged(AuditAction action, IndividualContract contract) {
		journal.record(event(action, contract.member()).withObject(contractRef(contract)));
	}

	private AuditEvent event(AuditAction action, PersonId subject) {
		return AuditEvent.success(AuditActor.account(currentUser.accountId().value()), action)
			.withSubject(personRef(subject));
	}

	/** A person as the journal names a data subject of the people module. */
	static String personRef(PersonId person) {
		return "PERSON:" + person.value();
	}

	static String contractRef(IndividualContract contract) {
		return "contract:" + contract.id().value();
	}

}
