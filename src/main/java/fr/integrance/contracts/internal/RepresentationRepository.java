package fr.integrance.contracts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The representations. */
interface RepresentationRepository extends JpaRepository<RepresentationEntity, UUID> {

	@Query("select r from RepresentationEntity r where r.guardianOrganisationId = :organisation order by r.validFrom, r.id")
	List<RepresentationEntity> findByOrganisation(UUID organisation);

	@Query("select r from RepresentationEntity r where r.guardianOrganisationId = :organisation"
			+ " and r.validFrom <= :day and (r.validUntil is null or r.validUntil >= :day) order by r.validFrom, r.id")
	List<RepresentationEntity> findValidForOrganisation(UUID organisation, LocalDate day);

	/**
	 * The organisation's representations valid on {@code day} as plain columns (no entity
	 * loaded): id, organisation, person, measure ciphertext, start and end of validity.
	 */
	@Query("select r.id, r.guardianOrganisationId, r.protectedPersonId, r.measure, r.validFrom, r.validUntil"
			+ " from RepresentationEntity r where r.guardianOrganisationId = :organisation"
			+ " and r.validFrom <= :day and (r.validUntil is null or r.validUntil >= :day) order by r.validFrom, r.id")
	List<Object[]> findListingColumnsForOrganisation(UUID organisation, LocalDate day);

	@Query("select r from RepresentationEntity r where r.validUntil between :from and :until order by r.validUntil, r.id")
	List<RepresentationEntity> findEndingBetween(LocalDate from, LocalDate until);

	@Query("select count(r) > 0 from RepresentationEntity r where r.guardianOrganisationId = :organisation"
			+ " and r.protectedPersonId = :person and r.validFrom <= :day and (r.validUntil is null or r.validUntil >= :day)")
	boolean represents(UUID organisation, UUID person, LocalDate day);

	@Query("select r from RepresentationEntity r where r.id = :id and r.guardianOrganisationId = :organisation")
	Optional<RepresentationEntity> findInOrganisation(UUID organisation, UUID id);

	@Query("select r from RepresentationEntity r where r.protectedPersonId = :person order by r.validFrom, r.id")
	List<RepresentationEntity> findByPerson(UUID person);

}
