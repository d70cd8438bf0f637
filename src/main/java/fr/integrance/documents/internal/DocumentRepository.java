package fr.integrance.documents.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<DocumentEntity, UUID>, JpaSpecificationExecutor<DocumentEntity> {

	Optional<DocumentEntity> findByIdAndSpaceId(UUID id, UUID spaceId);

	List<DocumentEntity> findBySpaceId(UUID spaceId);

	long countBySpaceId(UUID spaceId);

	boolean existsByFolderId(UUID folderId);

	@Query("select coalesce(sum(d.storedBytes), 0) from DocumentEntity d where d.spaceId = :spaceId")
	long storedBytes(UUID spaceId);

	/**
	 * Documents per folder of a space, as (folder id, count); the root's folder id null.
	 */
	@Query("select d.folderId, count(d) from DocumentEntity d where d.spaceId = :spaceId group by d.folderId")
	List<Object[]> countByFolder(UUID spaceId);

	/**
	 * Marks the document's thumbnail made, if {@code number} is still its current
	 * version; without touching its version (a concurrent edit goes on).
	 */
	@Modifying
	@Query("update DocumentEntity d set d.hasThumbnail = true where d.id = :id and d.currentVersion = :number")
	int thumbnailMade(UUID id, int number);

	/** Documents whose alert date is due and whose alert for that date is not sent. */
	@Query("""
			select d from DocumentEntity d where d.alertDate <= :today
			and not exists (select r from ReminderSentEntity r where r.documentId = d.id
			  and r.kind = fr.integrance.documents.DocumentViews.DueNotice.Kind.ALERT and r.dueDate = d.alertDate)
			and exists (select s from SpaceEntity s where s.id = d.spaceId and s.privacy.restricted = false)
			order by d.id""")
	List<DocumentEntity> alertsDue(LocalDate today, Pageable page);

	/**
	 * Documents whose reminder date is due and whose reminder for that date is not sent.
	 */
	@Query("""
			select d from DocumentEntity d where d.reminderDate <= :today
			and not exists (select r from ReminderSentEntity r where r.documentId = d.id
			  and r.kind = fr.integrance.documents.DocumentViews.DueNotice.Kind.REMINDER and r.dueDate = d.reminderDate)
			and exists (select s from SpaceEntity s where s.id = d.spaceId and s.privacy.restricted = false)
			order by d.id""")
	List<DocumentEntity> remindersDue(LocalDate today, Pageable page);

	/** A space's documents with an alert or reminder date on or before {@code today}. */
	@Query("""
			select d from DocumentEntity d where d.spaceId = :spaceId
			and (d.alertDate <= :today or d.reminderDate <= :today) order by d.dueDate, d.id""")
	List<DocumentEntity> dueIn(UUID spaceId, LocalDate today);

}
