package fr.integrance.requests.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachments extends JpaRepository<CaseAttachment, UUID> {

	List<CaseAttachment> findByCaseIdOrderByUploadedAt(UUID caseId);

}
