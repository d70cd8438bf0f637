package fr.integrance.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import fr.integrance.identity.Role;

/** The accounts. */
interface Accounts extends JpaRepository<Account, UUID> {

	/**
	 * By login (already normalised), the row locked so that concurrent attempts count one
	 * by one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.login = :login")
	Optional<Account> findByLoginForUpdate(String login);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> findByIdForUpdate(UUID id);

	Optional<Account> findByLogin(String login);

	/** The accounts of several logins (already normalised). */
	@Query("select a from Account a where a.login in :logins")
	List<Account> findByLogins(Collection<String> logins);

	boolean existsByLogin(String login);

	@Query("select a from Account a where a.role in :roles order by a.displayName")
	List<Account> findByRoles(Collection<Role> roles);

	/**
	 * Id and display name of the staff, DPO and administrator accounts; the roles written
	 * in the query, not bound as a list (Hibernate translates a query given a list of
	 * values to SQL again at every execution).
	 */
	@Query("select a.id, a.displayName from Account a where a.role in (fr.integrance.identity.Role.STAFF,"
			+ " fr.integrance.identity.Role.DPO, fr.integrance.identity.Role.ADMIN)")
	List<Object[]> findStaffDisplayNames();

	@Query("select a from Account a where a.organisationId = :organisationId order by a.displayName")
	List<Account> findByOrganisation(UUID organisationId);

	@Query("select a from Account a where a.id = :id and a.organisationId = :organisationId")
	Optional<Account> findInOrganisation(UUID id, UUID organisationId);

	@Query("select a from Account a where a.personId = :personId and a.role = :role")
	Optional<Account> findByPersonAndRole(UUID personId, Role role);

}
