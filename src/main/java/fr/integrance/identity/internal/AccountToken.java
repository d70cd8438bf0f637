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
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A link sent by e-mail (invitation, password reset, member activation): single use,
 * short-lived. Only the SHA-256 of the token is stored, so that reading the database does
 * not give a working link. An activation link has no account yet: it names the person
 * recognised and the contact details they gave, which become the login and the person's
 * contact once the link is used.
 */
@Entity
@Table(name = "identity_account_token")
class AccountToken extends SingleUseSecret {

	private static final SecureRandom RANDOM = new SecureRandom();

	public enum Purpose {

		INVITATION, PASSWORD_RESET, MEMBER_ACTIVATION, ACCOUNT_UNLOCK

	}

	@Id
	@PersonalData(category = "connection", export = PersonalData.Export.SECRET)
	@Column(name = "token_hash")
	private String tokenHash;

	@NotPersonalData("technical id of the account")
	@Column(name = "account_id")
	private @Nullable UUID accountId;

	@NotPersonalData(value = "which link it was", context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Purpose purpose;

	@NotPersonalData("technical id of the person record")
	@Column(name = "person_id")
	private @Nullable UUID personId;

	/** The e-mail address the member gave at activation (it becomes the login). */
	@PersonalData(category = "identification")
	private @Nullable String email;

	/** The phone number the member gave at activation, E.164, or null. */
	@PersonalData(category = "identification")
	private @Nullable String phone;

	@PersonalData(category = "connection")
	@Column(name = "expires_at")
	private Instant expiresAt;

	protected AccountToken() {
	}

	@SuppressWarnings("NullAway.Init") // issue() below sets the required fields
	private AccountToken(Instant createdAt) {
		super(createdAt);
	}

	/**
	 * A new token and the plain value to put in the link (the only place it ever exists).
	 */
	public record Issued(AccountToken token, String value) {
	}

	public static Issued issue(@Nullable UUID accountId, Purpose purpose, Instant now, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccountToken token = new AccountToken(now);
		token.tokenHash = hash(value);
		token.accountId = accountId;
		token.purpose = purpose;
		token.expiresAt = now.plus(validity);
		return new Issued(token, value);
	}

	/**
	 * A member-activation link for a recognised person and the contact details they gave.
	 */
	public static Issued issueActivation(UUID personId, String email, @Nullable String phone, Instant now,
			Duration validity) {
		Issued issued = issue(null, Purpose.MEMBER_ACTIVATION, now, validity);
		issued.token().personId = personId;
		issued.token().email = email;
		issued.token().phone = phone;
		return issued;
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
		return purpose == expected && !used() && now.isBefore(expiresAt);
	}

	public @Nullable UUID accountId() {
		return accountId;
	}

	public @Nullable UUID personId() {
		return personId;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable String phone() {
		return phone;
	}

	@Override
	public String toString() {
		return "AccountToken[purpose=" + purpose + "]";
	}

}
