package fr.integrance.rights.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import fr.integrance.rights.RightsRequestStatus;

interface ReceivedRequests extends JpaRepository<RightsRequest, UUID> {

	Optional<RightsRequest> findByReference(String reference);

	/**
	 * The request, its row locked until the transaction ends: two deliveries of the same
	 * event acknowledge one after the other, the second seeing the first's mail.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from RightsRequest r where r.id = :id")
	Optional<RightsRequest> findForAcknowledgement(UUID id);

	/** The request awaiting an identity document through this link, its row locked. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from RightsRequest r where r.identityUploadHash = :hash")
	Optional<RightsRequest> findForIdentityUpload(String hash);

	/** The request awaiting an identity document through this link. */
	@Query("select r from RightsRequest r where r.identityUploadHash = :hash")
	Optional<RightsRequest> findByIdentityUpload(String hash);

	/** The ids of the requests in these statuses, oldest due first. */
	@Query("select r.id from RightsRequest r where r.status in :statuses order by r.dueDate, r.id")
	List<UUID> openIds(Collection<RightsRequestStatus> statuses);

}
