package fr.integrance.consent.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.jspecify.annotations.Nullable;

import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentRecord;
import fr.integrance.consent.Decision;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A row of {@code consent_record}: written once, never updated (Hibernate ignores changes
 * to an immutable entity; on PostgreSQL a trigger refuses any UPDATE as well). The state
 * in force is the latest row per subject and purpose.
 */
@Entity
@Immutable
@Table(name = "consent_record")
class ConsentRecordEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@NotPersonalData
	private Long id;

	/**
	 * The subject's {@code DataSubjectRef#journalRef()}: {@code VISITOR:<uuid>}
	 * (connection data), {@code PERSON:<id>} or {@code EMAIL:<digest>} (identifies a
	 * person): the stricter category is declared for the column.
	 */
	@Column(name = "subject_ref", nullable = false, length = 80)
	@PersonalData(category = "identification")
	private String subjectRef;

	@Column(name = "purpose_id", nullable = false, length = 64)
	@NotPersonalData(value = "a register purpose id", context = true)
	private String purposeId;

	@Column(name = "notice_version", nullable = false, length = 64)
	@NotPersonalData(context = true)
	private String noticeVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision", nullable = false, length = 16)
	@NotPersonalData(context = true)
	private Decision decision;

	@Enumerated(EnumType.STRING)
	@Column(name = "method", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private ConsentMethod method;

	@Column(name = "recorded_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant recordedAt;

	@Column(name = "ip_truncated", length = 64)
	@PersonalData(category = "connection")
	private @Nullable String ipTruncated;

	@Column(name = "user_agent", length = 200)
	@PersonalData(category = "connection")
	private @Nullable String userAgent;

	protected ConsentRecordEntity() {
	}

	@SuppressWarnings("NullAway.Init") // the id is generated on insert
	ConsentRecordEntity(String subjectRef, String purposeId, String noticeVersion, Decision decision,
			ConsentMethod method, Instant recordedAt, @Nullable String ipTruncated, @Nullable String userAgent) {
		this.subjectRef = subjectRef;
		this.purposeId = purposeId;
		this.noticeVersion = noticeVersion;
		this.decision = decision;
		this.method = method;
		this.recordedAt = recordedAt;
		this.ipTruncated = ipTruncated;
		this.userAgent = userAgent;
	}

	ConsentRecord toRecord() {
		return new ConsentRecord(id, subjectRef, purposeId, noticeVersion, decision, method, recordedAt, ipTruncated,
				userAgent);
	}

	String purposeId() {
		return purposeId;
	}

	String subjectRef() {
		return subjectRef;
	}

}
