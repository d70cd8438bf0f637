package fr.integrance.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representation;
import fr.integrance.contracts.RepresentationId;
import fr.integrance.contracts.RepresentationListing;
import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * A guardian organisation's representation of a protected adult. The measure and the
 * court decision reference are sensitive and encrypted (bound to table, column and row);
 * the validity dates stay plain so that the valid representations can be selected in SQL.
 */
@Entity
@Table(name = "contract_representation")
class RepresentationEntity extends PersonalRecord {

	static final String TABLE = "contract_representation";
	static final String MEASURE_COLUMN = "measure";
	static final String COURT_REFERENCE_COLUMN = "court_reference";

	static final String COURT_COLUMN = "court";

	@NotPersonalData("technical id of an organisation")
	@Column(name = "guardian_organisation_id")
	private UUID guardianOrganisationId;

	@NotPersonalData("technical id of the person record")
	@Column(name = "protected_person_id")
	private UUID protectedPersonId;

	@PersonalData(category = "identification", encrypted = true)
	private String measure;

	@PersonalData(category = "identification")
	@Column(name = "valid_from")
	private LocalDate validFrom;

	@PersonalData(category = "identification")
	@Column(name = "valid_until")
	private @Nullable LocalDate validUntil;

	@PersonalData(category = "identification", encrypted = true)
	@Column(name = "court_reference")
	private @Nullable String courtReference;

	@PersonalData(category = "identification", encrypted = true)
	@Column(name = "court")
	private @Nullable String court;

	@PersonalData(category = "identification")
	@Column(name = "judgment_date")
	private @Nullable LocalDate judgmentDate;

	protected RepresentationEntity() {
	}

	@SuppressWarnings("NullAway.Init") // create() below sets the required fields
	private RepresentationEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static RepresentationEntity create(NewRepresentation representation, Instant now, FieldEncryption encryption) {
		RepresentationEntity entity = new RepresentationEntity(UUID.randomUUID(), now);
		entity.guardianOrganisationId = representation.guardianOrganisation();
		entity.protectedPersonId = representation.protectedAdult().value();
		entity.decide(representation.measure(), representation.validity(), representation.courtDecisionReference(),
				encryption);
		entity.judged(representation.court(), representation.judgmentDate(), encryption);
		return entity;
	}

	void decide(ProtectionMeasure newMeasure, DateRange validity, String reference, FieldEncryption encryption) {
		String tidyReference = reference == null || reference.isBlank() ? null : reference.strip();
		if (tidyReference != null && tidyReference.length() > 100) {
			throw new InvalidValueException("representation.court-reference.invalid");
		}
		measure = encryption.encrypt(newMeasure.name(), context(MEASURE_COLUMN));
		courtReference = tidyReference == null ? null
				: encryption.encrypt(tidyReference, context(COURT_REFERENCE_COLUMN));
		validFrom = validity.start();
		validUntil = validity.end().orElse(null);
	}

	/** The court that decided and the judgment's date; blank court for none. */
	void judged(@Nullable String newCourt, @Nullable LocalDate newJudgmentDate, FieldEncryption encryption) {
		String tidy = newCourt == null || newCourt.isBlank() ? null : newCourt.strip();
		if (tidy != null && tidy.length() > 100) {
			throw new InvalidValueException("representation.court.invalid");
		}
		court = tidy == null ? null : encryption.encrypt(tidy, context(COURT_COLUMN));
		judgmentDate = newJudgmentDate;
	}

	void end(LocalDate lastDay) {
		DateRange ended = DateRange.of(validFrom, validUntil).endingOn(lastDay);
		if (validUntil != null && lastDay.isAfter(validUntil)) {
			throw new IllegalArgumentException("Ending a representation cannot extend it; renew it instead");
		}
		validUntil = ended.end().orElseThrow();
	}

	private FieldContext context(String column) {
		return new FieldContext(TABLE, column, id().toString());
	}

	UUID protectedPersonId() {
		return protectedPersonId;
	}

	@Nullable LocalDate validUntil() {
		return validUntil;
	}

	RepresentationListing toListing(FieldEncryption encryption) {
		return new RepresentationListing(new RepresentationId(id()), guardianOrganisationId,
				new PersonId(protectedPersonId),
				ProtectionMeasure.valueOf(encryption.decrypt(measure, context(MEASURE_COLUMN))),
				DateRange.of(validFrom, validUntil));
	}

	/**
	 * A listing from the columns of
	 * {@link RepresentationRepository#findListingColumnsForOrganisation}: the measure
	 * decrypted with its row's context, as {@link #toListing} does.
	 */
	static RepresentationListing listing(Object[] columns, FieldEncryption encryption) {
		UUID id = (UUID) columns[0];
		String measure = encryption.decrypt((String) columns[3],
				new FieldContext(TABLE, MEASURE_COLUMN, id.toString()));
		return new RepresentationListing(new RepresentationId(id), (UUID) columns[1], new PersonId((UUID) columns[2]),
				ProtectionMeasure.valueOf(measure), DateRange.of((LocalDate) columns[4], (LocalDate) columns[5]));
	}

	Representation toRepresentation(FieldEncryption encryption) {
		return new Representation(new RepresentationId(id()), guardianOrganisationId, new PersonId(protectedPersonId),
				ProtectionMeasure.valueOf(encryption.decrypt(measure, context(MEASURE_COLUMN))),
				DateRange.of(validFrom, validUntil),
				courtReference == null ? null : encryption.decrypt(courtReference, context(COURT_REFERENCE_COLUMN)),
				court == null ? null : encryption.decrypt(court, context(COURT_COLUMN)), judgmentDate);
	}

}
