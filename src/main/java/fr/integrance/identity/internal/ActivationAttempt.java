package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * One failed member-activation attempt, counted against a member number or a client
 * address.
 */
@Entity
@Table(name = "identity_activation_attempt")
class ActivationAttempt {

	enum KeyKind {

		MEMBER_NUMBER, CLIENT_ADDRESS

	}

	@Id
	@NotPersonalData
	private UUID id;

	@NotPersonalData
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "key_kind")
	private KeyKind keyKind;

	/** Keyed digest (BlindIndex) of the member number or the client address. */
	@PersonalData(category = "connection", export = PersonalData.Export.LOOKUP_KEY)
	@Column(name = "key_digest")
	private String keyDigest;

	@PersonalData(category = "connection")
	@Column(name = "attempted_at")
	private Instant attemptedAt;

	protected ActivationAttempt() {
	}

	ActivationAttempt(KeyKind keyKind, String keyDigest, Instant attemptedAt) {
		this.id = UUID.randomUUID();
		this.keyKind = keyKind;
		this.keyDigest = keyDigest;
		this.attemptedAt = attemptedAt;
	}

	@Override
	public String toString() {
		return "ActivationAttempt[" + keyKind + "]";
	}

}
