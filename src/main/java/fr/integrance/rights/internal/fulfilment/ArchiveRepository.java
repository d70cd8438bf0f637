package fr.integrance.rights.internal.fulfilment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArchiveRepository extends JpaRepository<ArchiveEntity, UUID> {

	Optional<ArchiveEntity> findByTokenDigest(String tokenDigest);

	List<ArchiveEntity> findTop100ByPurgedAtIsNullAndExpiresAtLessThanEqualOrderByExpiresAt(Instant now);

	List<ArchiveEntity> findByRequestId(UUID requestId);

}
