package fr.integrance.people.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The bank accounts. */
interface BankAccountRepository extends JpaRepository<BankAccountEntity, UUID> {

	/**
	 * The next number of a direct debit mandate reference (RUM), from its database
	 * sequence.
	 */
	@Query(value = "SELECT nextval('person_mandate_rum_seq')", nativeQuery = true)
	long nextMandateNumber();

	@Query("select b from BankAccountEntity b where b.personId = :personId order by b.createdAt, b.id")
	List<BankAccountEntity> findByPerson(UUID personId);

}
