package fr.integrance.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FolderRepository extends JpaRepository<FolderEntity, UUID> {

	Optional<FolderEntity> findByIdAndSpaceId(UUID id, UUID spaceId);

	List<FolderEntity> findBySpaceId(UUID spaceId);

	boolean existsBySpaceIdAndParentKeyAndNameKey(UUID spaceId, UUID parentKey, String nameKey);

	boolean existsByParentId(UUID parentId);

}
