package fr.integrance.rights.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The rights requests sent from one address, for the privacy SPI
 * ({@link RightsPersonalData}).
 */
interface SubjectRightsRequests extends Repository<RightsRequest, UUID> {

	@Query("select r from RightsRequest r where lower(r.requesterEmail) = lower(:email) order by r.receivedAt, r.id")
	List<RightsRequest> findByEmail(String email);

	/** The requests sent from any of the addresses (given stripped and in lower case). */
	@Query("select r from RightsRequest r where lower(r.requesterEmail) in :emails order by r.receivedAt, r.id")
	List<RightsRequest> findByEmails(Collection<String> emails);

}
