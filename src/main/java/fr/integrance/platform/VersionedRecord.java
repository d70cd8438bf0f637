package fr.integrance.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every row of a module's own table starts with: a random {@code id}, the time it
 * was {@code created_at} and the {@code version} that guards concurrent updates. A JPA
 * mapped superclass (not an entity): an entity extends it and gets the three columns.
 * <p>
 * A row that holds a person's data extends {@link fr.integrance.privacy.PersonalRecord}
 * instead, which adds where it stands with the GDPR.
 */
@MappedSuperclass
public abstract class VersionedRecord {

	@Id
	@NotPersonalData
	private UUID id;

	@NotPersonalData
	@Column(name = "created_at")
	private Instant createdAt;

	@NotPersonalData
	@Version
	private long version;

	/** For the persistence provider, which fills the fields. */
	protected VersionedRecord() {
	}

	/** A new row with that id, created at that time. */
	protected VersionedRecord(UUID id, Instant createdAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	public UUID id() {
		return id;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[id=" + id + "]";
	}

}
