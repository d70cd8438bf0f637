package fr.integrance.requests.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachments extends JpaRepository<CaseAttachment, UUID> {

	List<CaseAttachment> findByCaseIdOrderByUploadedAt(UUID caseId);

	/** The attachments of several cases, each case's in upload order. */
	List<CaseAttachment> findByCaseIdInOrderByUploadedAt(Collection<UUID> caseIds);

	/** Pending attachments (no case) uploaded before {@code cutoff}: abandoned. */
	List<CaseAttachment> findTop500ByCaseIdIsNullAndUploadedAtBeforeOrderByUploadedAt(Instant cutoff);

}
