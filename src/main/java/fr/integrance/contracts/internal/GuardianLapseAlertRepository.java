package fr.integrance.contracts.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The lapse alerts sent. */
interface GuardianLapseAlertRepository extends JpaRepository<GuardianLapseAlertEntity, UUID> {

	@Query("select count(a) > 0 from GuardianLapseAlertEntity a where a.representationId = :representation"
			+ " and a.validUntil = :validUntil and a.daysBefore = :daysBefore")
	boolean sent(UUID representation, LocalDate validUntil, int daysBefore);

}
