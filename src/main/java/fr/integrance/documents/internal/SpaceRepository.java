package fr.integrance.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import fr.integrance.documents.SpaceOwner;

interface SpaceRepository extends JpaRepository<SpaceEntity, UUID> {

	Optional<SpaceEntity> findByOwnerKindAndOwnerId(SpaceOwner.Kind ownerKind, UUID ownerId);

	/** The spaces of cases that concern a person. */
	List<SpaceEntity> findByOwnerKindAndSubjectPersonId(SpaceOwner.Kind ownerKind, UUID subjectPersonId);

	/** The space, locked until the transaction ends: uploads to a space one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from SpaceEntity s where s.id = :id")
	Optional<SpaceEntity> lockById(UUID id);

}
