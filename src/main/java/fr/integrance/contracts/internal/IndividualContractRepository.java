package fr.integrance.contracts.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The individual contracts. */
interface IndividualContractRepository extends JpaRepository<IndividualContractEntity, UUID> {

	/** The next serial of a member number, from its database sequence. */
	@Query(value = "SELECT nextval('contract_member_number_seq')", nativeQuery = true)
	long nextMemberSerial();

	@Query("select c from IndividualContractEntity c where c.memberNumber = :memberNumber")
	Optional<IndividualContractEntity> findByMemberNumber(String memberNumber);

	/** The contracts held by the person (index on member_person_id). */
	@Query("select c.id from IndividualContractEntity c where c.memberPersonId = :personId")
	List<UUID> findIdsByMember(UUID personId);

	/**
	 * The contracts covering the person as a dependant (index on
	 * contract_dependant.person_id).
	 */
	@Query("select distinct c.id from IndividualContractEntity c join c.dependants d where d.personId = :personId")
	List<UUID> findIdsByDependant(UUID personId);

	/**
	 * Those contracts by primary key, their dependants fetched with them (no query per
	 * contract).
	 */
	@Query("select distinct c from IndividualContractEntity c left join fetch c.dependants where c.id in :ids")
	List<IndividualContractEntity> findAllWithDependants(Collection<UUID> ids);

	/**
	 * One contract by primary key with its dependants: the common case of
	 * {@link #findByPerson}, by a query Hibernate translates once (a query given a list
	 * of values is translated to SQL again at every execution).
	 */
	@Query("select distinct c from IndividualContractEntity c left join fetch c.dependants where c.id = :id")
	List<IndividualContractEntity> findOneWithDependants(UUID id);

	/**
	 * The contracts where the person is the member or a dependant: two indexed lookups of
	 * ids, then one load by primary key with the dependants (an {@code or} across the
	 * join would scan both tables).
	 */
	default List<IndividualContractEntity> findByPerson(UUID personId) {
		Set<UUID> ids = new LinkedHashSet<>(findIdsByMember(personId));
		ids.addAll(findIdsByDependant(personId));
		if (ids.size() == 1) {
			return findOneWithDependants(ids.iterator().next());
		}
		return ids.isEmpty() ? List.of() : findAllWithDependants(ids);
	}

}
