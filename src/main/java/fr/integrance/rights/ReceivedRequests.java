package fr.integrance.rights;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedRequests extends JpaRepository<RightsRequest, UUID> {

	Optional<RightsRequest> findByReference(String reference);

}
