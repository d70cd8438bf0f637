package fr.integrance.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The people. Searches leave anonymised rows out. */
interface PersonRepository extends JpaRepository<PersonEntity, UUID> {

	@Query("select p from PersonEntity p where p.nirIndex = :nirIndex and p.anonymisedAt is null")
	Optional<PersonEntity> findByNirIndex(String nirIndex);

	boolean existsByNirIndex(String nirIndex);

	// Two LIKE 'KEY%' conditions, each served by its (key text_pattern_ops, birth_date) index on
	// PostgreSQL (V81); the key holds only letters and digits, so no LIKE escape is needed.
	@Query("select p from PersonEntity p where (p.searchKey like :prefix or p.birthNameKey like :prefix)"
			+ " and p.anonymisedAt is null order by p.lastName, p.firstNames, p.id")
	List<PersonEntity> searchByKey(String prefix, Limit limit);

	@Query("select p from PersonEntity p where (p.searchKey like :prefix or p.birthNameKey like :prefix)"
			+ " and p.birthDate = :birthDate and p.anonymisedAt is null order by p.lastName, p.firstNames, p.id")
	List<PersonEntity> searchByKeyAndBirthDate(String prefix, LocalDate birthDate, Limit limit);
}
