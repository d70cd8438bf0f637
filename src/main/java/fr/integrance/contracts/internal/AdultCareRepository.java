package fr.integrance.contracts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The protected adults' care records, one per adult. */
interface AdultCareRepository extends JpaRepository<AdultCareEntity, UUID> {

	Optional<AdultCareEntity> findByProtectedPersonId(UUID person);

}
