package fr.integrance.people.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonFiles;
import fr.integrance.people.PersonId;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.privacy.DataSubjectRef;

/**
 * {@link PersonFiles}: the person read in a read-only transaction, and its journal
 * entries (ids only: the reader, the person) committed before the person is returned —
 * {@link AuditJournal#record} writes them with the other readings of the moment, in one
 * group, instead of a transaction holding the chain head per reading — or, for an
 * {@link #opening}, before the opening is closed.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JournaledPersonFiles implements PersonFiles {

	/** The full NIR was displayed on a person's page (beyond the usual masked form). */
	static final AuditAction NIR_REVEALED = AuditAction.of("person.nir-revealed");

	private final People people;

	private final JpaPeople files;

	private final AuditJournal journal;

	@Override
	public Person open(PersonId id, AuditActor reader) {
		Person person = people.find(id).orElseThrow(() -> new UnknownPersonException(id));
		journal.record(event(AuditAction.PERSON_READ, reader, id));
		return person;
	}

	@Override
	public Opening opening(PersonId id, AuditActor reader) {
		JpaPeople.PersonFile file = files.file(id).orElseThrow(() -> new UnknownPersonException(id));
		return new Opening(file.person(), file.bankAccounts(),
				journal.submitIndependently(event(AuditAction.PERSON_READ, reader, id)));
	}

	@Override
	public Person openShowingNir(PersonId id, AuditActor reader) {
		Person person = open(id, reader);
		journal.record(event(NIR_REVEALED, reader, id));
		return person;
	}

	private static AuditEvent event(AuditAction action, AuditActor reader, PersonId person) {
		return AuditEvent.success(reader, action)
			.withSubject(DataSubjectRef.person(person.value()))
			.withObject("person:" + person.value());
	}

}
