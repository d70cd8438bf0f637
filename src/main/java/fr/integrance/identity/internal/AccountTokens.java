package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The links sent by e-mail, by the hash of their token. */
interface AccountTokens extends JpaRepository<AccountToken, String> {

	@Query("select t from AccountToken t where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null"
			+ " and t.expiresAt > :now")
	List<AccountToken> findLive(UUID accountId, AccountToken.Purpose purpose, Instant now);

	/** The row locked: a link followed twice at once creates one account. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from AccountToken t where t.tokenHash = :hash")
	Optional<AccountToken> findByHashForUpdate(String hash);

	@Query("select t from AccountToken t where t.personId = :personId and t.purpose = :purpose and t.usedAt is null"
			+ " and t.expiresAt > :now")
	List<AccountToken> findLiveOfPerson(UUID personId, AccountToken.Purpose purpose, Instant now);

	/**
	 * Once an activation link has served, the person's other activation links stop
	 * working too.
	 */
	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.personId = :personId and t.purpose = :purpose"
			+ " and t.usedAt is null")
	int useAllOfPerson(UUID personId, AccountToken.Purpose purpose, Instant now);

	/** Once a link has served, the other live links of the same kind stop working too. */
	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose"
			+ " and t.usedAt is null")
	int useAll(UUID accountId, AccountToken.Purpose purpose, Instant now);

}
