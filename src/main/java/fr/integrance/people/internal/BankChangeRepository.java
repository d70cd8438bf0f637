package fr.integrance.people.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The changes of bank details. */
interface BankChangeRepository extends JpaRepository<BankChangeEntity, UUID> {

	@Query("select c from BankChangeEntity c where c.personId = :personId order by c.createdAt, c.id")
	List<BankChangeEntity> findByPerson(UUID personId);

}
