package fr.integrance.contracts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The affiliations; the organisation queries scope through the group contract's employer.
 */
interface AffiliationRepository extends JpaRepository<AffiliationEntity, UUID> {

	@Query("select a from AffiliationEntity a where a.groupContractId in (select g.id from GroupContractEntity g"
			+ " where g.employerOrganisationId = :organisation) order by a.startDate, a.id")
	List<AffiliationEntity> findByOrganisation(UUID organisation);

	@Query("select a from AffiliationEntity a where a.id = :id and a.groupContractId in (select g.id from"
			+ " GroupContractEntity g where g.employerOrganisationId = :organisation)")
	Optional<AffiliationEntity> findInOrganisation(UUID organisation, UUID id);

	@Query("select a from AffiliationEntity a where a.groupContractId = :groupContract order by a.startDate, a.id")
	List<AffiliationEntity> findByGroupContract(UUID groupContract);

	@Query("select a from AffiliationEntity a where a.personId = :personId order by a.startDate, a.id")
	List<AffiliationEntity> findByPerson(UUID personId);

	@Query("select distinct a from AffiliationEntity a join a.dependants d where d.personId = :personId")
	List<AffiliationEntity> findByDependantPerson(UUID personId);

	/**
	 * Ids of the affiliations whose cover has ended before {@code today}: in portability
	 * past its end, or terminated without portability past their last day.
	 */
	@Query("select a.id from AffiliationEntity a where (a.status = fr.integrance.contracts.AffiliationStatus.PORTABILITY"
			+ " and a.portabilityUntil < :today) or (a.status = fr.integrance.contracts.AffiliationStatus.TERMINATED"
			+ " and a.endDate < :today) order by a.id")
	List<UUID> findCoverEndedBefore(LocalDate today);

}
