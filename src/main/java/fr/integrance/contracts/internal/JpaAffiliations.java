package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.AffiliationEnded;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.Affiliations;
import fr.integrance.contracts.GroupContractId;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.contracts.UnknownContractException;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.InvalidValueException;

/** {@link Affiliations} on JPA. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaAffiliations implements Affiliations {

	private final AffiliationRepository affiliations;

	private final GroupContractRepository groupContracts;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	@Override
	public Affiliation request(NewAffiliation affiliation) {
		GroupContractEntity contract = groupContracts.findById(affiliation.groupContract().value())
			.orElseThrow(() -> new UnknownContractException("group contract", affiliation.groupContract()));
		if (!contract.covers(affiliation.populationCategory())) {
			throw new InvalidValueException("affiliation.category.unknown");
		}
		if (!contract.offersPlan(affiliation.planCode())) {
			throw new InvalidValueException("affiliation.plan.unknown");
		}
		if (people.summaries(List.of(affiliation.person())).isEmpty()) {
			throw new UnknownPersonException(affiliation.person());
		}
		return affiliations.save(AffiliationEntity.request(affiliation, clock.instant())).toAffiliation();
	}

	@Override
	public List<Affiliation> requestAll(List<NewAffiliation> requested) {
		Map<UUID, GroupContractEntity> contracts = new HashMap<>();
		for (NewAffiliation affiliation : requested) {
			UUID contractId = affiliation.groupContract().value();
			GroupContractEntity contract = contracts.get(contractId);
			if (contract == null) {
				contract = groupContracts.findById(contractId)
					.orElseThrow(() -> new UnknownContractException("group contract", affiliation.groupContract()));
				contracts.put(contractId, contract);
			}
			if (!contract.covers(affiliation.populationCategory())) {
				throw new InvalidValueException("affiliation.category.unknown");
			}
			if (!contract.offersPlan(affiliation.planCode())) {
				throw new InvalidValueException("affiliation.plan.unknown");
			}
		}
		Set<PersonId> known = people.summaries(requested.stream().map(NewAffiliation::person).toList()).keySet();
		List<Affiliation> result = new ArrayList<>(requested.size());
		for (NewAffiliation affiliation : requested) {
			if (!known.contains(affiliation.person())) {
				throw new UnknownPersonException(affiliation.person());
			}
			// persist, not save: a new row, which save() would first look for (merge)
			AffiliationEntity entity = AffiliationEntity.request(affiliation, clock.instant());
			entityManager.persist(entity);
			result.add(entity.toAffiliation());
		}
		return result;
	}

	@Override
	public Affiliation activate(AffiliationId id) {
		return change(id, AffiliationEntity::activate);
	}

	@Override
	public Affiliation requestTermination(AffiliationId id, LocalDate endDate, TerminationReason reason) {
		return change(id, affiliation -> affiliation.requestTermination(endDate, reason));
	}

	@Override
	public Affiliation confirmTermination(AffiliationId id) {
		return ended(change(id, AffiliationEntity::confirmTermination));
	}

	@Override
	public Affiliation startPortability(AffiliationId id) {
		return ended(change(id, AffiliationEntity::startPortability));
	}

	@Override
	public Affiliation close(AffiliationId id) {
		return ended(change(id, AffiliationEntity::close));
	}

	/** Publishes {@link AffiliationEnded} in the transaction of the move. */
	private Affiliation ended(Affiliation affiliation) {
		events.publishEvent(AffiliationEnded.of(affiliation));
		return affiliation;
	}

	private Affiliation change(AffiliationId id, Consumer<AffiliationEntity> transition) {
		AffiliationEntity entity = affiliations.findById(id.value())
			.orElseThrow(() -> new UnknownContractException("affiliation", id));
		transition.accept(entity);
		return entity.toAffiliation();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Affiliation> find(AffiliationId id) {
		return affiliations.findById(id.value()).map(AffiliationEntity::toAffiliation);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Affiliation> findForOrganisation(UUID employerOrganisation, AffiliationId id) {
		return affiliations.findInOrganisation(employerOrganisation, id.value()).map(AffiliationEntity::toAffiliation);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Affiliation> ofOrganisation(UUID employerOrganisation) {
		return affiliations.findByOrganisation(employerOrganisation)
			.stream()
			.map(AffiliationEntity::toAffiliation)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Affiliation> ofGroupContract(GroupContractId id) {
		return affiliations.findByGroupContract(id.value()).stream().map(AffiliationEntity::toAffiliation).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Affiliation> ofPerson(PersonId person) {
		return affiliations.findByPerson(person.value()).stream().map(AffiliationEntity::toAffiliation).toList();
	}

}
