package fr.integrance.people.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The bank accounts. */
interface BankAccountRepository extends JpaRepository<BankAccountEntity, UUID> {

	@Query("select b from BankAccountEntity b where b.personId = :personId order by b.createdAt, b.id")
	List<BankAccountEntity> findByPerson(UUID personId);

}
