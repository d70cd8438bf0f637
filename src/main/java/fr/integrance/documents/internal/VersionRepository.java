package fr.integrance.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VersionRepository extends JpaRepository<VersionEntity, UUID> {

	List<VersionEntity> findByDocumentIdOrderByNumberDesc(UUID documentId);

	/**
	 * A document's versions, locked until the transaction ends: a thumbnail made
	 * meanwhile either is seen here (and shredded with them) or waits and finds them
	 * gone.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from VersionEntity v where v.documentId = :documentId order by v.number desc")
	List<VersionEntity> lockByDocumentId(UUID documentId);

	/**
	 * Sets the thumbnail of a version that has none yet; without touching its version, as
	 * nothing else changes a version.
	 * @return 1, or 0 when the version is gone or has one
	 */
	@Modifying
	@Query("update VersionEntity v set v.thumbnailContentId = :thumbnail where v.id = :id and v.thumbnailContentId is null")
	int thumbnail(UUID id, UUID thumbnail);

	Optional<VersionEntity> findByDocumentIdAndNumber(UUID documentId, int number);

}
