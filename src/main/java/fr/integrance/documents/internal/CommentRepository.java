package fr.integrance.documents.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<CommentEntity, UUID> {

	List<CommentEntity> findByDocumentIdOrderByWrittenAtAscIdAsc(UUID documentId);

	/** Comments per document, as (document id, count). */
	@Query("select c.documentId, count(c) from CommentEntity c where c.documentId in :documentIds group by c.documentId")
	List<Object[]> countByDocument(Collection<UUID> documentIds);

}
