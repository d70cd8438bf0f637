package fr.integrance.breaches.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BreachChangeRepository extends JpaRepository<BreachChangeEntity, UUID> {

	List<BreachChangeEntity> findByBreachIdOrderByCreatedAtAsc(UUID breachId);

}
