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
import org.jspecify.annotations.Nullable;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * One failed login attempt (or one alert mail sent), counted against a client address, an
 * account and a client address together, or an account whatever the source.
 */
@Entity
@Table(name = "identity_login_failure")
class LoginFailure {

	enum KeyKind {

		/** Every failure from one client address, whatever the login. */
		SOURCE,
		/** The failures of one account from one client address. */
		ACCOUNT_SOURCE,
		/** The failures of one account, whatever the source. */
		ACCOUNT,
		/** An alert mail sent to the owner of the account. */
		ALERT

	}

	@Id
	@NotPersonalData
	private UUID id;

	@NotPersonalData
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "key_kind")
	private KeyKind keyKind;

	/** Keyed digest (BlindIndex) of the client address, the account, or both. */
	@PersonalData(category = "connection", export = PersonalData.Export.LOOKUP_KEY)
	@Column(name = "key_digest")
	private String keyDigest;

	@NotPersonalData("technical id of the account")
	@Column(name = "account_id")
	private @Nullable UUID accountId;

	@PersonalData(category = "connection")
	@Column(name = "failed_at")
	private Instant failedAt;

	protected LoginFailure() {
	}

	LoginFailure(KeyKind keyKind, String keyDigest, @Nullable UUID accountId, Instant failedAt) {
		this.id = UUID.randomUUID();
		this.keyKind = keyKind;
		this.keyDigest = keyDigest;
		this.accountId = accountId;
		this.failedAt = failedAt;
	}

	@Override
	public String toString() {
		return "LoginFailure[" + keyKind + "]";
	}

}
