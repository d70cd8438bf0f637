package fr.integrance.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The accounts and links of one data subject, for the privacy SPI
 * ({@link IdentityPersonalData}).
 */
interface SubjectAccounts extends Repository<Account, UUID> {

	@Query("select a from Account a where a.personId = :person order by a.createdAt, a.id")
	List<Account> findByPerson(UUID person);

	/**
	 * The links sent to the account: purpose, times, the e-mail and phone they went to.
	 */
	@Query("select t.purpose, t.createdAt, t.expiresAt, t.usedAt, t.email, t.phone from AccountToken t"
			+ " where t.accountId = :account order by t.createdAt")
	List<Object[]> tokensOfAccount(UUID account);

	/** The member-activation links sent to the person. */
	@Query("select t.purpose, t.createdAt, t.expiresAt, t.usedAt, t.email, t.phone from AccountToken t"
			+ " where t.personId = :person and t.accountId is null order by t.createdAt")
	List<Object[]> tokensOfPerson(UUID person);

	@Modifying(flushAutomatically = true)
	@Query("delete from AccountToken t where t.accountId = :account")
	int deleteTokensOfAccount(UUID account);

	@Modifying(flushAutomatically = true)
	@Query("delete from AccountToken t where t.personId = :person")
	int deleteTokensOfPerson(UUID person);

}
