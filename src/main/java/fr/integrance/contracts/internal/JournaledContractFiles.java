package fr.integrance.contracts.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.contracts.ContractFile;
import fr.integrance.contracts.ContractFiles;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.UnknownContractException;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.privacy.DataSubjectRef;

/**
 * {@link ContractFiles}: each read or change and its journal entries in one transaction
 * ({@link AuditJournal#record} joins it, after the change), ids only: the actor, the
 * person, the contract.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JournaledContractFiles implements ContractFiles {

	static final AuditAction CONTRACT_SUSPENDED = AuditAction.of("contract.suspended");

	static final AuditAction CONTRACT_RESUMED = AuditAction.of("contract.resumed");

	static final AuditAction CONTRACT_TERMINATED = AuditAction.of("contract.terminated");

	private final IndividualContracts contracts;

	private final People people;

	private final AuditJournal journal;

	@Override
	public ContractFile open(ContractId id, AuditActor reader) {
		IndividualContract contract = contracts.find(id)
			.orElseThrow(() -> new UnknownContractException("contract", id));
		Set<PersonId> shown = new LinkedHashSet<>();
		shown.add(contract.member());
		contract.dependants().stream().map(Dependant::person).forEach(shown::add);
		Map<PersonId, PersonSummary> persons = people.summaries(shown);
		// The member first, then the dependants, each person the page shows once.
		shown.stream()
			.filter(persons::containsKey)
			.forEach(person -> journal.record(event(AuditAction.PERSON_READ, reader, person, contract)));
		return new ContractFile(contract, persons);
	}

	@Override
	public IndividualContract suspend(ContractId id, String reason, AuditActor by) {
		return journaled(CONTRACT_SUSPENDED, by, contracts.suspend(id, reason));
	}

	@Override
	public IndividualContract resume(ContractId id, AuditActor by) {
		return journaled(CONTRACT_RESUMED, by, contracts.resume(id));
	}

	@Override
	public IndividualContract terminate(ContractId id, LocalDate endDate, String reason, AuditActor by) {
		return journaled(CONTRACT_TERMINATED, by, contracts.terminate(id, endDate, reason));
	}

	private IndividualContract journaled(AuditAction action, AuditActor by, IndividualContract changed) {
		journal.record(event(action, by, changed.member(), changed));
		return changed;
	}

	private static AuditEvent event(AuditAction action, AuditActor actor, PersonId subject,
			IndividualContract contract) {
		return AuditEvent.success(actor, action)
			.withSubject(DataSubjectRef.person(subject.value()))
			.withObject("contract:" + contract.id().value());
	}

}
