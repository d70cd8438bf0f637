package fr.integrance.contracts.internal;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.AffiliationDependants;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.UnknownContractException;
import fr.integrance.people.PersonId;

/** {@link AffiliationDependants} on JPA, through the affiliation entity. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaAffiliationDependants implements AffiliationDependants {

	private final AffiliationRepository affiliations;

	@Override
	public Dependant add(AffiliationId affiliation, NewDependant dependant) {
		return entity(affiliation).addDependant(dependant);
	}

	@Override
	public void end(AffiliationId affiliation, PersonId dependant, LocalDate lastDay) {
		entity(affiliation).endDependant(dependant, lastDay);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Dependant> of(AffiliationId affiliation) {
		return affiliations.findById(affiliation.value()).map(AffiliationEntity::dependants).orElse(List.of());
	}

	private AffiliationEntity entity(AffiliationId id) {
		return affiliations.findById(id.value()).orElseThrow(() -> new UnknownContractException("affiliation", id));
	}

}
