package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The links sent by e-mail, by the hash of their token. */
public interface AccountTokens extends JpaRepository<AccountToken, String> {

	@Query("select t from AccountToken t where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null"
			+ " and t.expiresAt > :now")
	List<AccountToken> findLive(UUID accountId, AccountToken.Purpose purpose, Instant now);

	/** Once a link has served, the other live links of the same kind stop working too. */
	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose"
			+ " and t.usedAt is null")
	int useAll(UUID accountId, AccountToken.Purpose purpose, Instant now);
}
