package fr.integrance.contracts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.CareAndHousing;
import fr.integrance.contracts.HealthNeeds;
import fr.integrance.contracts.ProtectedAdultCare;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.FieldEncryption;

/** {@link ProtectedAdultCare} on JPA, the needs and the establishment encrypted. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaProtectedAdultCare implements ProtectedAdultCare {

	private static final HealthNeeds NONE = new HealthNeeds(false, false, false, false, false, null);

	private final AdultCareRepository cares;

	private final People people;

	private final FieldEncryption encryption;

	private final Clock clock;

	@Override
	public void record(PersonId adult, CareAndHousing housing, HealthNeeds needs) {
		Optional<AdultCareEntity> existing = cares.findByProtectedPersonId(adult.value());
		if (existing.isPresent()) {
			existing.get().house(housing, clock.instant(), encryption);
			existing.get().needs(needs, clock.instant(), encryption);
			return;
		}
		if (people.summaries(List.of(adult)).isEmpty()) {
			throw new UnknownPersonException(adult);
		}
		cares.save(AdultCareEntity.create(adult.value(), housing, needs, clock.instant(), encryption));
	}

	@Override
	public void changeHousing(PersonId adult, CareAndHousing housing) {
		Optional<AdultCareEntity> existing = cares.findByProtectedPersonId(adult.value());
		if (existing.isPresent()) {
			existing.get().house(housing, clock.instant(), encryption);
		}
		else {
			record(adult, housing, NONE);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CareAndHousing> housing(PersonId adult) {
		try {
			return cares.findByProtectedPersonId(adult.value()).map(care -> care.housing(encryption));
		}
		catch (DecryptionFailedException ex) {
			return Optional.empty();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HealthNeeds> healthNeeds(PersonId adult) {
		try {
			return cares.findByProtectedPersonId(adult.value()).map(care -> care.healthNeeds(encryption));
		}
		catch (DecryptionFailedException ex) {
			return Optional.empty();
		}
	}

}
