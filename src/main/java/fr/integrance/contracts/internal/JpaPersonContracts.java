package fr.integrance.contracts.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.PersonContracts;
import fr.integrance.contracts.Representation;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FieldEncryption;

/**
 * {@link PersonContracts}: the contracts by {@link IndividualContracts#ofPerson}, then
 * the affiliations, their group contracts and the representations by one statement — a
 * row per affiliation and representation pair, the side a person has none of null.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JpaPersonContracts implements PersonContracts {

	/**
	 * One row whatever the person has; then each affiliation with its group contract,
	 * beside each representation. A person has a few of each at most. A query of the
	 * entities, not of the tables: Hibernate translates it once, where a native query's
	 * mapping of its columns onto two entities is worked out again at every execution (9
	 * % of the person page's CPU in the profile).
	 */
	private static final String AFFILIATIONS_AND_REPRESENTATIONS = """
			select a, g.reference, g.employerOrganisationId, r
			from (select 1 as one) o
			left join AffiliationEntity a on a.personId = :person
			left join GroupContractEntity g on g.id = a.groupContractId
			left join RepresentationEntity r on r.protectedPersonId = :person
			""";

	private final IndividualContracts contracts;

	private final EntityManager entityManager;

	private final FieldEncryption encryption;

	@Override
	public Holdings of(PersonId person) {
		Map<AffiliationEntity, GroupAffiliation> affiliations = new LinkedHashMap<>();
		Set<RepresentationEntity> representations = new LinkedHashSet<>();
		for (Object[] row : rows(person.value())) {
			if (row[0] instanceof AffiliationEntity affiliation) {
				affiliations.computeIfAbsent(affiliation,
						found -> new GroupAffiliation(found.toAffiliation(), (String) row[1], (UUID) row[2]));
			}
			if (row[3] instanceof RepresentationEntity representation) {
				representations.add(representation);
			}
		}
		return new Holdings(contracts.ofPerson(person),
				affiliations.values()
					.stream()
					.sorted(Comparator.comparing((GroupAffiliation line) -> line.affiliation().startDate())
						.thenComparing(line -> line.affiliation().id().value()))
					.toList(),
				representations.stream()
					.map(entity -> entity.toRepresentation(encryption))
					.sorted(Comparator.comparing((Representation r) -> r.validity().start())
						.thenComparing(r -> r.id().value()))
					.toList());
	}

	private List<Object[]> rows(UUID person) {
		return entityManager.createQuery(AFFILIATIONS_AND_REPRESENTATIONS, Object[].class)
			.setParameter("person", person)
			.getResultList();
	}

}
