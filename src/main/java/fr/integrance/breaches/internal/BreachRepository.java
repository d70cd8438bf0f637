package fr.integrance.breaches.internal;

import fr.integrance.breaches.BreachStatus;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BreachRepository extends JpaRepository<BreachEntity, UUID> {

	/** Open breaches first, then by deadline, the nearest first. */
	@Query(value = "select b from BreachEntity b "
			+ "order by case when b.status = fr.integrance.breaches.BreachStatus.OPEN then 0 else 1 end, "
			+ "b.deadlineAt asc, b.reference asc", countQuery = "select count(b) from BreachEntity b")
	Page<BreachEntity> page(Pageable page);

	/** The breaches of one status, by deadline, the nearest first. */
	@Query(value = "select b from BreachEntity b where b.status = :status order by b.deadlineAt asc, b.reference asc",
			countQuery = "select count(b) from BreachEntity b where b.status = :status")
	Page<BreachEntity> page(@Param("status") BreachStatus status, Pageable page);

	List<BreachEntity> findByStatusOrderByDeadlineAtAsc(BreachStatus status);

	@Query("select b from BreachEntity b order by b.awareAt asc, b.reference asc")
	List<BreachEntity> register();

}
