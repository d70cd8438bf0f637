package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.AffiliationHistory;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.UnknownContractException;

/** {@link AffiliationHistory} on JPA. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaAffiliationHistory implements AffiliationHistory {

	static final Set<String> KINDS = Set.of("ENROLMENT", "TERMINATION", "ADDRESS", "FAMILY_SITUATION", "SCHEME",
			"BANK_DETAILS", "DEPENDANT_ADDED", "DEPENDANT_REMOVED");

	private final AffiliationMovementRepository movements;

	private final AffiliationRepository affiliations;

	private final Clock clock;

	private final EntityManager entityManager;

	@Override
	public void record(AffiliationId affiliation, String kind, LocalDate effectiveDate) {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("Unknown movement kind " + kind);
		}
		if (!affiliations.existsById(affiliation.value())) {
			throw new UnknownContractException("affiliation", affiliation);
		}
		movements.save(new AffiliationMovementEntity(affiliation, kind, effectiveDate, clock.instant()));
	}

	@Override
	public void recordAll(String kind, Map<AffiliationId, LocalDate> effectiveDates) {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("Unknown movement kind " + kind);
		}
		if (effectiveDates.isEmpty()) {
			return;
		}
		Set<UUID> known = affiliations.findAllById(effectiveDates.keySet().stream().map(AffiliationId::value).toList())
			.stream()
			.map(AffiliationEntity::id)
			.collect(Collectors.toSet());
		effectiveDates.forEach((affiliation, effectiveDate) -> {
			if (!known.contains(affiliation.value())) {
				throw new UnknownContractException("affiliation", affiliation);
			}
			entityManager.persist(new AffiliationMovementEntity(affiliation, kind, effectiveDate, clock.instant()));
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<Line> of(AffiliationId affiliation) {
		return movements.history(affiliation.value()).stream().map(AffiliationMovementEntity::toLine).toList();
	}

}
