package fr.integrance.documents.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.integrance.documents.DocumentViews.DueNotice;

interface ReminderSentRepository extends JpaRepository<ReminderSentEntity, UUID> {

	boolean existsByDocumentIdAndKindAndDueDate(UUID documentId, DueNotice.Kind kind, LocalDate dueDate);

	List<ReminderSentEntity> findByDocumentId(UUID documentId);

	List<ReminderSentEntity> findByDocumentIdIn(Collection<UUID> documentIds);

}
