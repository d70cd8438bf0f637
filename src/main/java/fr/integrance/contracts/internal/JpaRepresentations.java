package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representation;
import fr.integrance.contracts.RepresentationListing;
import fr.integrance.contracts.RepresentationId;
import fr.integrance.contracts.Representations;
import fr.integrance.contracts.UnknownContractException;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.FieldEncryption;

/** {@link Representations} on JPA, measure and court reference encrypted. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaRepresentations implements Representations {

	private final RepresentationRepository representations;

	private final People people;

	private final FieldEncryption encryption;

	private final Clock clock;

	@Override
	public Representation create(NewRepresentation representation) {
		if (people.summaries(List.of(representation.protectedAdult())).isEmpty()) {
			throw new UnknownPersonException(representation.protectedAdult());
		}
		return view(representations.save(RepresentationEntity.create(representation, clock.instant(), encryption)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Representation> find(RepresentationId id) {
		return representations.findById(id.value()).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Representation> findForOrganisation(UUID guardianOrganisation, RepresentationId id) {
		return representations.findInOrganisation(guardianOrganisation, id.value()).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Representation> ofOrganisation(UUID guardianOrganisation) {
		return representations.findByOrganisation(guardianOrganisation).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Representation> validForOrganisation(UUID guardianOrganisation, LocalDate day) {
		return representations.findValidForOrganisation(guardianOrganisation, day).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RepresentationListing> listedForOrganisation(UUID guardianOrganisation, LocalDate day) {
		// plain columns and one decryption per row: a list of thousands loads no entity
		List<Object[]> rows = representations.findListingColumnsForOrganisation(guardianOrganisation, day);
		List<RepresentationListing> listings = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			try {
				listings.add(RepresentationEntity.listing(row, encryption));
			}
			catch (DecryptionFailedException ex) {
				// written under other keys (another environment's data): not listable
				// here
			}
		}
		return listings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RepresentationListing> endingBetween(LocalDate from, LocalDate until) {
		return listings(representations.findEndingBetween(from, until));
	}

	private List<RepresentationListing> listings(List<RepresentationEntity> entities) {
		List<RepresentationListing> listings = new ArrayList<>(entities.size());
		for (RepresentationEntity entity : entities) {
			try {
				listings.add(entity.toListing(encryption));
			}
			catch (DecryptionFailedException ex) {
				// written under other keys (another environment's data): not listable
				// here
			}
		}
		return listings;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean represents(UUID guardianOrganisation, PersonId protectedAdult, LocalDate day) {
		return representations.represents(guardianOrganisation, protectedAdult.value(), day);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Representation> ofPerson(PersonId protectedAdult) {
		return representations.findByPerson(protectedAdult.value()).stream().map(this::view).toList();
	}

	@Override
	public Representation renew(RepresentationId id, ProtectionMeasure measure, DateRange validity,
			String courtDecisionReference) {
		RepresentationEntity entity = entity(id);
		entity.decide(measure, validity, courtDecisionReference, encryption);
		return view(entity);
	}

	@Override
	public Representation end(RepresentationId id, LocalDate lastDay) {
		RepresentationEntity entity = entity(id);
		entity.end(lastDay);
		return view(entity);
	}

	private RepresentationEntity entity(RepresentationId id) {
		return representations.findById(id.value())
			.orElseThrow(() -> new UnknownContractException("representation", id));
	}

	private Representation view(RepresentationEntity entity) {
		return entity.toRepresentation(encryption);
	}

}
