package fr.integrance.consent.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A row of {@code marketing_unsubscribe_token}: the SHA-256 of one e-mail's unsubscribe
 * token and the subject it names. The token itself is never stored, so a copy of the
 * table opens no link.
 */
@Entity
@Immutable
@Table(name = "marketing_unsubscribe_token")
class UnsubscribeTokenEntity {

	@Id
	@Column(name = "token_hash", length = 64)
	@NotPersonalData("the hash of a random token")
	private String tokenHash;

	@Column(name = "subject_ref", nullable = false, length = 80)
	@PersonalData(category = "identification")
	private String subjectRef;

	@Column(name = "created_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant createdAt;

	protected UnsubscribeTokenEntity() {
	}

	UnsubscribeTokenEntity(String tokenHash, String subjectRef, Instant createdAt) {
		this.tokenHash = tokenHash;
		this.subjectRef = subjectRef;
		this.createdAt = createdAt;
	}

	/** The subject's stored reference ({@code DataSubjectRef#journalRef()}). */
	String subjectRef() {
		return subjectRef;
	}

}
