package fr.integrance.contracts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.CareAndHousing;
import fr.integrance.contracts.HealthNeeds;
import fr.integrance.contracts.Housing;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * A protected adult's care and housing and health needs. The needs (GDPR Art. 9) and the
 * establishment's name are Tink ciphertexts bound to table, column and row; only the kind
 * of housing is plain.
 */
@Entity
@Table(name = "contract_adult_care")
class AdultCareEntity extends PersonalRecord {

	static final String TABLE = "contract_adult_care";

	static final String ESTABLISHMENT_COLUMN = "establishment";

	static final String HEALTH_NEEDS_COLUMN = "health_needs";

	@NotPersonalData("technical id of the person record")
	@Column(name = "protected_person_id")
	private UUID protectedPersonId;

	@PersonalData(category = "personal-life")
	@Enumerated(EnumType.STRING)
	private Housing housing;

	@PersonalData(category = "personal-life", encrypted = true)
	private @Nullable String establishment;

	@PersonalData(category = "health", encrypted = true)
	@Column(name = "health_needs")
	private String healthNeeds;

	@NotPersonalData("when the record last changed")
	@Column(name = "updated_at")
	private Instant updatedAt;

	protected AdultCareEntity() {
	}

	@SuppressWarnings("NullAway.Init") // create() below sets the required fields
	private AdultCareEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static AdultCareEntity create(UUID person, CareAndHousing housing, HealthNeeds needs, Instant now,
			FieldEncryption encryption) {
		AdultCareEntity entity = new AdultCareEntity(UUID.randomUUID(), now);
		entity.protectedPersonId = person;
		entity.house(housing, now, encryption);
		entity.needs(needs, now, encryption);
		return entity;
	}

	void house(CareAndHousing newHousing, Instant now, FieldEncryption encryption) {
		housing = newHousing.housing();
		establishment = newHousing.establishment() == null ? null
				: encryption.encrypt(newHousing.establishment(), context(ESTABLISHMENT_COLUMN));
		updatedAt = now;
	}

	void needs(HealthNeeds needs, Instant now, FieldEncryption encryption) {
		healthNeeds = encryption.encrypt(needs.encode(), context(HEALTH_NEEDS_COLUMN));
		updatedAt = now;
	}

	UUID protectedPersonId() {
		return protectedPersonId;
	}

	CareAndHousing housing(FieldEncryption encryption) {
		return new CareAndHousing(housing,
				establishment == null ? null : encryption.decrypt(establishment, context(ESTABLISHMENT_COLUMN)));
	}

	HealthNeeds healthNeeds(FieldEncryption encryption) {
		return HealthNeeds.decode(encryption.decrypt(healthNeeds, context(HEALTH_NEEDS_COLUMN)));
	}

	private FieldContext context(String column) {
		return new FieldContext(TABLE, column, id().toString());
	}

}
