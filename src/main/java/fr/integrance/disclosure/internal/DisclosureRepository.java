package fr.integrance.disclosure.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRepository extends JpaRepository<DisclosureEntity, UUID> {

	List<DisclosureEntity> findAllByOrderByDisclosedAtDescIdDesc(Pageable page);

	List<DisclosureEntity> findByRecipientOrderByDisclosedAtDescIdDesc(String recipient, Pageable page);

	long countByRecipient(String recipient);

	List<DisclosureEntity> findByIdInOrderByDisclosedAtDesc(Collection<UUID> ids);

}
