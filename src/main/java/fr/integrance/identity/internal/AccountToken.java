package fr.integrance.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
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
 * A link sent by e-mail (invitation, password reset): single use, short-lived. Only the
 * SHA-256 of the token is stored, so that reading the database does not give a working link.
 */
@Entity
@Table(name = "identity_account_token")
public class AccountToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	public enum Purpose {
		INVITATION, PASSWORD_RESET
	}

	@Id
	@PersonalData(category = "connection")
	@Column(name = "token_hash")
	private String tokenHash;

	@NotPersonalData("technical id of the account")
	@Column(name = "account_id")
	private UUID accountId;

	@NotPersonalData
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Purpose purpose;

	@PersonalData(category = "connection")
	@Column(name = "created_at")
	private Instant createdAt;

	@PersonalData(category = "connection")
	@Column(name = "expires_at")
	private Instant expiresAt;

	@PersonalData(category = "connection")
	@Column(name = "used_at")
	private Instant usedAt;

	protected AccountToken() {
	}

	/** A new token and the plain value to put in the link (the only place it ever exists). */
	public record Issued(AccountToken token, String value) {
	}

	public static Issued issue(UUID accountId, Purpose purpose, Instant now, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccountToken token = new AccountToken();
		token.tokenHash = hash(value);
		token.accountId = accountId;
		token.purpose = purpose;
		token.createdAt = now;
		token.expiresAt = now.plus(validity);
		return new Issued(token, value);
	}

	public static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public boolean usable(Purpose expected, Instant now) {
		return purpose == expected && usedAt == null && now.isBefore(expiresAt);
	}

	public void use(Instant now) {
		usedAt = now;
	}

	public UUID accountId() {
		return accountId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Override
	public String toString() {
		return "AccountToken[purpose=" + purpose + "]";
	}
}
