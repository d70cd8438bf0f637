package fr.integrance.requests.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachments extends JpaRepository<CaseAttachment, UUID> {

	List<CaseAttachment> findByCaseIdOrderByUploadedAt(UUID caseId);

	/** Pending attachments (no case) uploaded before {@code cutoff}: abandoned. */
	List<CaseAttachment> findTop500ByCaseIdIsNullAndUploadedAtBeforeOrderByUploadedAt(Instant cutoff);

}
