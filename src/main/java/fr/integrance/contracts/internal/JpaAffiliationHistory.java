package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
	@Transactional(readOnly = true)
	public List<Line> of(AffiliationId affiliation) {
		return movements.history(affiliation.value()).stream().map(AffiliationMovementEntity::toLine).toList();
	}

}
