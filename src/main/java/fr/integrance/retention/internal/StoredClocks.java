package fr.integrance.retention.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fr.integrance.privacy.DataSubjectRef;

interface StoredClocks extends JpaRepository<RetentionClockEntity, RetentionClockEntity.Key> {

	@Query("select c from RetentionClockEntity c where c.subjectKind = :kind and c.subjectId = :id"
			+ " order by c.endsOn, c.key.recordId")
	List<RetentionClockEntity> findBySubject(DataSubjectRef.Kind kind, String id);

	/** The clocks of several subjects of one kind, each subject's in end order. */
	@Query("select c from RetentionClockEntity c where c.subjectKind = :kind and c.subjectId in :ids"
			+ " order by c.endsOn, c.key.recordId")
	List<RetentionClockEntity> findBySubjects(DataSubjectRef.Kind kind, Collection<String> ids);

}
