package fr.integrance.contracts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The individual contracts. */
interface IndividualContractRepository extends JpaRepository<IndividualContractEntity, UUID> {

	@Query("select c from IndividualContractEntity c where c.memberNumber = :memberNumber")
	Optional<IndividualContractEntity> findByMemberNumber(String memberNumber);

	@Query("select distinct c from IndividualContractEntity c left join c.dependants d"
			+ " where c.memberPersonId = :personId or d.personId = :personId")
	List<IndividualContractEntity> findByPerson(UUID personId);
}
