package fr.integrance.retention.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.retention.ClockCause;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClock;

/**
 * A row of {@code retention_clock}: one record under one retention rule. A clock only
 * moves forward ({@link #moveTo}): a later end of cover (portability) moves it, a
 * repeated or older event leaves it, so that events delivered twice or out of order
 * record the same clock.
 */
@Entity
@Table(name = "retention_clock")
class RetentionClockEntity {

	@EmbeddedId
	private Key key;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "subject_kind")
	@NotPersonalData
	private DataSubjectRef.Kind subjectKind;

	@Column(name = "subject_id")
	@NotPersonalData("technical id of the data subject (a person id, or the SHA-256 of an e-mail address)")
	private String subjectId;

	@Column(name = "trigger_name")
	@NotPersonalData(value = "a register trigger", context = true)
	private String trigger;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "cause")
	@NotPersonalData
	private ClockCause cause;

	/**
	 * The last day of cover: says when the person left (as the affiliation's end date).
	 */
	@Column(name = "starts_on")
	@PersonalData(category = "personal-life")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	@NotPersonalData(value = "a date computed from the start by the register's duration", context = true)
	private LocalDate endsOn;

	@Column(name = "recorded_at")
	@NotPersonalData
	private Instant recordedAt;

	/** The case that was a prospect's last contact (null for the other clocks). */
	@Column(name = "via_record")
	@NotPersonalData("technical id of the record that started or moved the clock")
	private @Nullable UUID viaRecord;

	protected RetentionClockEntity() {
	}

	RetentionClock toClock() {
		return new RetentionClock(key.record(), key.ruleId, new DataSubjectRef(subjectKind, subjectId), trigger, cause,
				startsOn, endsOn, recordedAt);
	}

	@Override
	public String toString() {
		return "RetentionClockEntity[" + key + ", until " + endsOn + "]";
	}

	/**
	 * The primary key: the record and the rule, read as
	 * {@code INDIVIDUAL_CONTRACT#…/rule}.
	 */
	@Embeddable
	static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		@Enumerated(EnumType.STRING)
		@JdbcTypeCode(SqlTypes.VARCHAR)
		@Column(name = "record_kind")
		@NotPersonalData(value = "the kind of record kept", context = true)
		private RetainedRecord.Kind recordKind;

		@Column(name = "record_id")
		@NotPersonalData("technical id of the record kept")
		private UUID recordId;

		@Column(name = "rule_id")
		@NotPersonalData(value = "a register retention rule id", context = true)
		private String ruleId;

		protected Key() {
		}

		Key(RetainedRecord record, String ruleId) {
			this.recordKind = record.kind();
			this.recordId = record.id();
			this.ruleId = ruleId;
		}

		RetainedRecord record() {
			return new RetainedRecord(recordKind, recordId);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && recordKind == key.recordKind && recordId.equals(key.recordId)
					&& ruleId.equals(key.ruleId);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(recordKind, recordId, ruleId);
		}

		@Override
		public String toString() {
			return record() + "/" + ruleId;
		}

	}

}
