package fr.integrance.documents.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

import fr.integrance.documents.SpaceId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * A document space: one per owner (a person, a case). It embeds the privacy state of the
 * whole space: a restricted space is stored and shown, but sends no reminder.
 */
@Entity
@Table(name = "document_space")
class SpaceEntity extends PersonalRecord {

	@NotPersonalData("whether the owner is a person or a case")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "owner_kind")
	private SpaceOwner.Kind ownerKind;

	@NotPersonalData("a reference to the owning person or case")
	@Column(name = "owner_id")
	private UUID ownerId;

	@NotPersonalData("a reference to the person a case's space concerns")
	@Column(name = "subject_person_id")
	private @Nullable UUID subjectPersonId;

	protected SpaceEntity() {
	}

	SpaceEntity(UUID id, SpaceOwner owner, Instant createdAt) {
		super(id, createdAt);
		this.ownerKind = owner.kind();
		this.ownerId = owner.id();
	}

	SpaceId spaceId() {
		return new SpaceId(id());
	}

	SpaceOwner owner() {
		return new SpaceOwner(ownerKind, ownerId);
	}

	/** The person a case's space concerns; null for a person's own space. */
	@Nullable UUID subjectPersonId() {
		return subjectPersonId;
	}

	/** Records whom a case's space concerns; whether it changed. */
	boolean concerns(@Nullable UUID personId) {
		if (java.util.Objects.equals(subjectPersonId, personId)) {
			return false;
		}
		subjectPersonId = personId;
		return true;
	}

}
