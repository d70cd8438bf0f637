package fr.integrance.contracts.internal;

import java.util.List;
import java.util.Optional;
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

	/**
	 * The contracts where the person is the member or a dependant, their dependants
	 * fetched with them, in one statement: the ids of both kinds are a {@code union} of
	 * two indexed lookups (member_person_id, contract_dependant.person_id) that the
	 * contracts are then read by primary key from; an {@code or} across the join would
	 * scan both tables. No {@code distinct}: Hibernate returns each contract once
	 * whatever its dependants, and a {@code distinct} made the database sort the rows on
	 * all their columns. The order is the caller's to give.
	 */
	@Query("""
			select c from IndividualContractEntity c left join fetch c.dependants
			where c.id in (
				select held.id from IndividualContractEntity held where held.memberPersonId = :personId
				union
				select covering.id from IndividualContractEntity covering join covering.dependants d
				where d.personId = :personId)
			""")
	List<IndividualContractEntity> findByPerson(UUID personId);

}
