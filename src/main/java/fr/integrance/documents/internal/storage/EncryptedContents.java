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

	/** Records that a shredded content's blob is gone (in a transaction of its own). */
	@Modifying
	@Query("update EncryptedContent c set c.blobDeletedAt = :now where c.id = :id")
	int markBlobDeleted(@Param("id") UUID id, @Param("now") Instant now);

}
