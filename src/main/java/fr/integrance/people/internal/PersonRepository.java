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

	/**
	 * What a summary needs of the persons not anonymised, as plain columns (no entity
	 * loaded, nothing decrypted): id, civility, last name, first names, birth name, birth
	 * date, postal code, city, restricted.
	 */
	@Query("select p.id, p.civility, p.lastName, p.firstNames, p.birthName, p.birthDate, p.postalCode, p.city,"
			+ " p.privacy.restricted from PersonEntity p where p.id in :ids and p.privacy.anonymisedAt is null")
	List<Object[]> findSummaryColumns(java.util.Collection<UUID> ids);

	/**
	 * The same for at most four persons (an id repeated fills the places left): four
	 * single values, so that Hibernate translates the query once, where a list of values
	 * is translated to SQL again at every execution. A family's summaries take one of
	 * these.
	 */
	@Query("select p.id, p.civility, p.lastName, p.firstNames, p.birthName, p.birthDate, p.postalCode, p.city,"
			+ " p.privacy.restricted from PersonEntity p where p.id in (:a, :b, :c, :d)"
			+ " and p.privacy.anonymisedAt is null")
	List<Object[]> findSummaryColumnsOfFour(UUID a, UUID b, UUID c, UUID d);

	@Query("select p from PersonEntity p where p.nirIndex = :nirIndex and p.privacy.anonymisedAt is null")
	Optional<PersonEntity> findByNirIndex(String nirIndex);

	boolean existsByNirIndex(String nirIndex);

	@Query("select p from PersonEntity p where p.nirIndex in :nirIndexes and p.privacy.anonymisedAt is null")
	List<PersonEntity> findByNirIndexes(java.util.Collection<String> nirIndexes);

	@Query("select p.nirIndex from PersonEntity p where p.nirIndex in :nirIndexes")
	List<String> existingNirIndexes(java.util.Collection<String> nirIndexes);

	// Usage name and birth name are searched apart, each in the order of its (key, birth
	// date) index, so that a page of a common name never sorts all its matches (V89);
	// JpaPeople merges the two. The keys hold only letters and digits, so no LIKE escape
	// is needed. Each row: the summary's columns of findSummaryColumns, then the key that
	// matched (a page of results loads no entity).
	@Query("select p.id, p.civility, p.lastName, p.firstNames, p.birthName, p.birthDate, p.postalCode, p.city,"
			+ " p.privacy.restricted, p.searchKey from PersonEntity p"
			+ " where p.searchKey like :prefix and p.privacy.anonymisedAt is null order by p.searchKey, p.birthDate, p.id")
	List<Object[]> searchByUsageName(String prefix, Limit limit);

	@Query("select p.id, p.civility, p.lastName, p.firstNames, p.birthName, p.birthDate, p.postalCode, p.city,"
			+ " p.privacy.restricted, p.birthNameKey from PersonEntity p"
			+ " where p.birthNameKey like :prefix and p.privacy.anonymisedAt is null"
			+ " order by p.birthNameKey, p.birthDate, p.id")
	List<Object[]> searchByBirthName(String prefix, Limit limit);

	@Query("select p.id, p.civility, p.lastName, p.firstNames, p.birthName, p.birthDate, p.postalCode, p.city,"
			+ " p.privacy.restricted, p.searchKey from PersonEntity p"
			+ " where p.searchKey like :prefix and p.birthDate = :birthDate and p.privacy.anonymisedAt is null"
			+ " order by p.searchKey, p.id")
	List<Object[]> searchByUsageNameAndBirthDate(String prefix, LocalDate birthDate, Limit limit);

	@Query("select p.id, p.civility, p.lastName, p.firstNames, p.birthName, p.birthDate, p.postalCode, p.city,"
			+ " p.privacy.restricted, p.birthNameKey from PersonEntity p"
			+ " where p.birthNameKey like :prefix and p.birthDate = :birthDate and p.privacy.anonymisedAt is null"
			+ " order by p.birthNameKey, p.id")
	List<Object[]> searchByBirthNameAndBirthDate(String prefix, LocalDate birthDate, Limit limit);

	/**
	 * The person and their bank accounts in one statement: a row per account, in their
	 * order, the account null when there is none.
	 */
	@Query("select p, b from PersonEntity p left join BankAccountEntity b on b.personId = p.id where p.id = :id"
			+ " order by b.createdAt, b.id")
	List<Object[]> findWithBankAccounts(UUID id);

}
