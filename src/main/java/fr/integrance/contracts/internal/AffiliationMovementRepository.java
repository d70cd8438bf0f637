package fr.integrance.contracts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AffiliationMovementRepository extends JpaRepository<AffiliationMovementEntity, UUID> {

	@Query("select m from AffiliationMovementEntity m where m.affiliationId = :affiliation"
			+ " order by m.recordedAt desc, m.id")
	List<AffiliationMovementEntity> history(UUID affiliation);

}
