package fr.integrance.contracts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The group contracts. */
interface GroupContractRepository extends JpaRepository<GroupContractEntity, UUID> {

	@Query("select g from GroupContractEntity g where g.employerOrganisationId = :organisation order by g.startDate, g.reference")
	List<GroupContractEntity> findByOrganisation(UUID organisation);

	@Query("select g from GroupContractEntity g where g.id = :id and g.employerOrganisationId = :organisation")
	Optional<GroupContractEntity> findInOrganisation(UUID organisation, UUID id);

}
