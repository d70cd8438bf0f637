package fr.integrance.rights.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ConfirmationLinks extends Repository<ConfirmationLink, String> {

	ConfirmationLink save(ConfirmationLink link);

	/** The link, locked: two clicks at once confirm once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from ConfirmationLink l where l.tokenHash = :hash")
	Optional<ConfirmationLink> findForUse(String hash);

}
