package fr.integrance.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.VersionedRecord;

/**
 * A row that holds a person's data: a {@link VersionedRecord} (id, {@code created_at},
 * {@code version}) that also embeds its {@link PrivacyState} in the four columns
 * {@code restricted}, {@code restriction_ground}, {@code retention_until},
 * {@code anonymised_at}. A JPA mapped superclass (not an entity); the privacy kernel
 * finds the inherited fields by reflection like declared ones, to export, restrict and
 * lift the row.
 */
@MappedSuperclass
public abstract class PersonalRecord extends VersionedRecord {

	@Embedded
	private PrivacyState privacy = PrivacyState.NONE;

	/** For the persistence provider, which fills the fields. */
	protected PersonalRecord() {
	}

	/** A new row with that id, created at that time: not restricted, not anonymised. */
	protected PersonalRecord(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	public PrivacyState privacy() {
		return privacy;
	}

	/** Whether processing is restricted (GDPR Art. 18). */
	public boolean isRestricted() {
		return privacy.restricted();
	}

	public boolean isAnonymised() {
		return privacy.isAnonymised();
	}

	/** The last day the row must be kept, once known. */
	public @Nullable LocalDate retainedUntil() {
		return privacy.retainedUntil();
	}

	/** Keeps the row until that day (its retention clock). */
	protected void retainUntil(LocalDate lastDay) {
		privacy = privacy.retainUntil(lastDay);
	}

	/** Lifts a restriction of processing (the row is about to be anonymised). */
	protected void liftRestriction() {
		privacy = privacy.lift();
	}

	/** Records that what identified the person was removed from the row, at that time. */
	protected void markAnonymised(Instant at) {
		privacy = privacy.anonymise(at);
	}

}
