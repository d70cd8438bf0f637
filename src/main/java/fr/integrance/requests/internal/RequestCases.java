package fr.integrance.requests.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestCases extends JpaRepository<RequestCase, UUID> {

	Optional<RequestCase> findByReference(String reference);

}
