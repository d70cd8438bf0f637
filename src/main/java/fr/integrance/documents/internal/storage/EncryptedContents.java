package fr.integrance.documents.internal.storage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EncryptedContents extends JpaRepository<EncryptedContent, UUID> {

	/** Shredded contents whose blob is still to delete (a failed deletion to retry). */
	List<EncryptedContent> findTop100ByShreddedAtIsNotNullAndBlobDeletedAtIsNullOrderByShreddedAt();

	/** Nulls the wrapped key, in the caller's transaction; 0 when unknown. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update EncryptedContent c set c.wrappedKey = null, c.shreddedAt = coalesce(c.shreddedAt, :now)"
			+ " where c.id = :id")
	int shred(@Param("id") UUID id, @Param("now") Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update EncryptedContent c set c.blobDeletedAt = :now where c.id = :id")
	int markBlobDeleted(@Param("id") UUID id, @Param("now") Instant now);

}
