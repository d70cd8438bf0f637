package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Failed activation attempts. */
interface ActivationAttemptRepository extends JpaRepository<ActivationAttempt, UUID> {

	@Query("select count(a) from ActivationAttempt a where a.keyKind = :kind and a.keyDigest = :digest"
			+ " and a.attemptedAt > :since")
	long countSince(ActivationAttempt.KeyKind kind, String digest, Instant since);

	/** Every failure of this kind since then, whatever its key (the global limit). */
	@Query("select count(a) from ActivationAttempt a where a.keyKind = :kind and a.attemptedAt > :since")
	long countAllSince(ActivationAttempt.KeyKind kind, Instant since);

	@Modifying
	@Query("delete from ActivationAttempt a where a.attemptedAt <= :before")
	int deleteOlderThan(Instant before);

}
