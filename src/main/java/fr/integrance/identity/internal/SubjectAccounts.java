package fr.integrance.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The accounts, links and recovery codes of one data subject, for the privacy SPI
 * ({@link IdentityPersonalData}).
 */
interface SubjectAccounts extends Repository<Account, UUID> {

	@Query("select a from Account a where a.personId = :person order by a.createdAt, a.id")
	List<Account> findByPerson(UUID person);

	/** The links sent to the account. */
	@Query("select t from AccountToken t where t.accountId = :account order by t.createdAt")
	List<AccountToken> tokensOfAccount(UUID account);

	/** The member-activation links sent to the person. */
	@Query("select t from AccountToken t where t.personId = :person and t.accountId is null order by t.createdAt")
	List<AccountToken> tokensOfPerson(UUID person);

	/** The account's second-factor recovery codes. */
	@Query("select c from RecoveryCode c where c.accountId = :account order by c.id")
	List<RecoveryCode> recoveryCodesOf(UUID account);

	/**
	 * The failed sign-ins recorded against the account (kept for the throttle window).
	 */
	@Query("select f from LoginFailure f where f.accountId = :account order by f.failedAt")
	List<LoginFailure> failuresOf(UUID account);

}
