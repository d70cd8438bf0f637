package fr.integrance.disclosure.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.integrance.privacy.DataSubjectRef;

interface DisclosureSubjectRepository extends JpaRepository<DisclosureSubjectEntity, DisclosureSubjectEntity.Key> {

	@Query("select s from DisclosureSubjectEntity s where s.key.subjectKind = :kind and s.key.subjectId = :id")
	List<DisclosureSubjectEntity> findBySubject(@Param("kind") DataSubjectRef.Kind kind, @Param("id") String id);

}
