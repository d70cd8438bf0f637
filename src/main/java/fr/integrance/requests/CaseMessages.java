package fr.integrance.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMessages extends JpaRepository<CaseMessage, UUID> {

	List<CaseMessage> findByCaseIdOrderByWrittenAt(UUID caseId);

}
