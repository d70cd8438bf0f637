package fr.integrance.requests.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMessages extends JpaRepository<CaseMessage, UUID> {

	List<CaseMessage> findByCaseIdOrderByWrittenAt(UUID caseId);

	/** The messages of those cases, oldest first (a list's last messages). */
	List<CaseMessage> findByCaseIdInOrderByWrittenAt(Collection<UUID> caseIds);

}
