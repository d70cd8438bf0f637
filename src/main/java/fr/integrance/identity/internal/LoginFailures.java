package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Failed login attempts and alerts, by what they count against. */
interface LoginFailures extends JpaRepository<LoginFailure, UUID> {

	@Query("select count(f) from LoginFailure f where f.keyKind = :kind and f.keyDigest = :digest"
			+ " and f.failedAt > :since")
	long countSince(LoginFailure.KeyKind kind, String digest, Instant since);

	@Query("select max(f.failedAt) from LoginFailure f where f.keyKind = :kind and f.keyDigest = :digest"
			+ " and f.failedAt > :since")
	Optional<Instant> lastSince(LoginFailure.KeyKind kind, String digest, Instant since);

	@Modifying
	@Query("delete from LoginFailure f where f.failedAt <= :before")
	int deleteOlderThan(Instant before);

	@Modifying
	@Query("delete from LoginFailure f where f.keyKind = :kind and f.keyDigest = :digest")
	int deleteAll(LoginFailure.KeyKind kind, String digest);

	/** What an unlock link clears: the account's failures, from every source. */
	@Modifying
	@Query("delete from LoginFailure f where f.accountId = :accountId and f.keyKind <> :kept")
	int deleteOfAccount(UUID accountId, LoginFailure.KeyKind kept);

}
