package fr.integrance.disclosure.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.privacy.DataSubjectRef;

/**
 * A line of {@code disclosure_subject}: a data subject whose data went in a disclosure,
 * by the subject's technical id.
 */
@Entity
@Table(name = "disclosure_subject")
class DisclosureSubjectEntity {

	@EmbeddedId
	private Key key;

	protected DisclosureSubjectEntity() {
	}

	DisclosureSubjectEntity(UUID disclosure, DataSubjectRef subject) {
		this.key = new Key(disclosure, subject);
	}

	UUID disclosure() {
		return key.disclosureId;
	}

	/** The key: the disclosure and the subject. */
	@Embeddable
	static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		@Column(name = "disclosure_id")
		@NotPersonalData
		private UUID disclosureId;

		@Enumerated(EnumType.STRING)
		@JdbcTypeCode(SqlTypes.VARCHAR)
		@Column(name = "subject_kind")
		@NotPersonalData
		private DataSubjectRef.Kind subjectKind;

		@Column(name = "subject_id")
		@NotPersonalData("technical id of the data subject (a person id)")
		private String subjectId;

		protected Key() {
		}

		Key(UUID disclosureId, DataSubjectRef subject) {
			this.disclosureId = disclosureId;
			this.subjectKind = subject.kind();
			this.subjectId = subject.id();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && disclosureId.equals(key.disclosureId) && subjectKind == key.subjectKind
					&& subjectId.equals(key.subjectId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(disclosureId, subjectKind, subjectId);
		}

	}

}
