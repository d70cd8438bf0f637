package fr.integrance.rights.internal.fulfilment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<AnswerEntity, UUID> {

}
