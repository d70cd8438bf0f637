package fr.integrance.organisations.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The stored organisations. */
interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	@Query("select o from Organisation o order by o.name")
	List<Organisation> findAllByName();

}
