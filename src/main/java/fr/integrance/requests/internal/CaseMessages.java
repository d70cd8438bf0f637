package fr.integrance.requests.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMessages extends JpaRepository<CaseMessage, UUID> {

	List<CaseMessage> findByCaseIdOrderByWrittenAt(UUID caseId);

}
