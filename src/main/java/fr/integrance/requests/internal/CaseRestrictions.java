package fr.integrance.requests.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRestrictions extends JpaRepository<CaseRestriction, UUID> {

}
