package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.RepresentationActivity;
import fr.integrance.contracts.RepresentationListing;
import fr.integrance.people.PersonId;

/** {@link RepresentationActivity} on JPA. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaRepresentationActivity implements RepresentationActivity {

	private final GuardianFileOpeningRepository openings;

	private final GuardianLapseAlertRepository alerts;

	@Override
	public void opened(UUID guardianOrganisation, UUID agentAccount, PersonId protectedAdult, Instant at) {
		openings.save(new GuardianFileOpeningEntity(guardianOrganisation, agentAccount, protectedAdult.value(), at));
	}

	@Override
	@Transactional(readOnly = true)
	public Openings openings(UUID guardianOrganisation, int page, int size) {
		Page<GuardianFileOpeningEntity> found = openings.ofOrganisation(guardianOrganisation,
				PageRequest.of(Math.max(0, page), size));
		return new Openings(found.getContent()
			.stream()
			.map(o -> new Opening(o.agentAccountId(), new PersonId(o.protectedPersonId()), o.openedAt()))
			.toList(), found.getNumber(), Math.max(1, found.getTotalPages()), found.getTotalElements());
	}

	@Override
	public boolean lapseAlerted(RepresentationListing representation, LocalDate validUntil, int daysBefore,
			Instant at) {
		if (alerts.sent(representation.id().value(), validUntil, daysBefore)) {
			return false;
		}
		alerts.save(new GuardianLapseAlertEntity(representation.id().value(), representation.guardianOrganisation(),
				representation.protectedAdult().value(), validUntil, daysBefore, at));
		return true;
	}

}
