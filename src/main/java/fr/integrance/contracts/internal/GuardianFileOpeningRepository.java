package fr.integrance.contracts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The openings of protected adults' pages, by organisation (index on it and the time).
 */
interface GuardianFileOpeningRepository extends JpaRepository<GuardianFileOpeningEntity, UUID> {

	@Query(value = "select o from GuardianFileOpeningEntity o where o.organisationId = :organisation order by o.openedAt desc, o.id",
			countQuery = "select count(o) from GuardianFileOpeningEntity o where o.organisationId = :organisation")
	Page<GuardianFileOpeningEntity> ofOrganisation(UUID organisation, Pageable page);

	/** The openings of one protected adult's page, oldest first: theirs to see. */
	@Query("select o from GuardianFileOpeningEntity o where o.protectedPersonId = :person order by o.openedAt, o.id")
	List<GuardianFileOpeningEntity> ofPerson(UUID person);

}
