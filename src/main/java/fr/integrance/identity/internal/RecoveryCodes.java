package fr.integrance.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Recovery codes of the second factor. */
interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

	@Query("select c from RecoveryCode c where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null")
	Optional<RecoveryCode> findUnused(UUID accountId, String codeHash);

	@Query("select count(c) from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
	long countUnused(UUID accountId);

	@Modifying
	@Query("delete from RecoveryCode c where c.accountId = :accountId")
	int deleteByAccount(UUID accountId);

}
