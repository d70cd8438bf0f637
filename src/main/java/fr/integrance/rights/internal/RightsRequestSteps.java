package fr.integrance.rights.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RightsRequestSteps extends JpaRepository<RightsRequestStep, UUID> {

	@Query("select s from RightsRequestStep s where s.requestId = :requestId order by s.position")
	List<RightsRequestStep> history(UUID requestId);

}
