package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Role;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * A login: credentials, lockout state and second factor of one account. Guards its
 * transitions (an invited account gets a password once, a disabled one never signs in)
 * The failure counter and lock it kept before issue 11 are only cleared now: login
 * throttles count per source ({@link LoginThrottles}), never per account alone.
 */
@Entity
@Table(name = "identity_account")
class Account extends PersonalRecord {

	/** The e-mail address in lower case. */
	@PersonalData(category = "identification")
	private String login;

	@PersonalData(category = "identification")
	@Column(name = "display_name")
	private String displayName;

	@NotPersonalData(context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Role role;

	@NotPersonalData("technical id of the organisation")
	@Column(name = "organisation_id")
	private @Nullable UUID organisationId;

	@NotPersonalData
	@Column(name = "organisation_administrator")
	private boolean organisationAdministrator;

	@NotPersonalData("technical id of the person record")
	@Column(name = "person_id")
	private @Nullable UUID personId;

	@NotPersonalData(context = true)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private AccountStatus status;

	@PersonalData(category = "connection", export = PersonalData.Export.SECRET)
	@Column(name = "password_hash")
	private @Nullable String passwordHash;

	@PersonalData(category = "connection")
	@Column(name = "password_changed_at")
	private @Nullable Instant passwordChangedAt;

	@PersonalData(category = "connection")
	@Column(name = "failed_attempts")
	private int failedAttempts;

	@PersonalData(category = "connection")
	@Column(name = "last_failure_at")
	private @Nullable Instant lastFailureAt;

	@PersonalData(category = "connection")
	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	/**
	 * Base32 TOTP secret (RFC 6238), encrypted at rest: a copy of the table must not
	 * yield codes.
	 */
	@PersonalData(category = "connection", encrypted = true, export = PersonalData.Export.SECRET)
	@Column(name = "totp_secret")
	private @Nullable String totpSecret;

	@PersonalData(category = "connection")
	@Column(name = "totp_enrolled_at")
	private @Nullable Instant totpEnrolledAt;

	/**
	 * The last TOTP time step accepted: a code of this step or an earlier one is a
	 * replay.
	 */
	@PersonalData(category = "connection")
	@Column(name = "totp_last_step")
	private @Nullable Long totpLastStep;

	@PersonalData(category = "connection")
	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	@PersonalData(category = "connection")
	@Column(name = "disabled_at")
	private @Nullable Instant disabledAt;

	protected Account() {
	}

	private Account(String login, String displayName, Role role, @Nullable OrganisationId organisationId,
			boolean organisationAdministrator, @Nullable UUID personId, AccountStatus status, Instant now) {
		super(UUID.randomUUID(), now);
		if (role.belongsToOrganisation() != (organisationId != null)) {
			throw new IllegalArgumentException("Representatives and agents, and only they, belong to an organisation");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new IllegalArgumentException("An account needs a display name");
		}
		this.login = normaliseLogin(login);
		this.displayName = displayName.strip();
		this.role = role;
		this.organisationId = organisationId == null ? null : organisationId.value();
		this.organisationAdministrator = role.belongsToOrganisation() && organisationAdministrator;
		this.personId = personId;
		this.status = status;
	}

	/** An account whose holder will choose a password through an invitation link. */
	public static Account invited(String login, String displayName, Role role, @Nullable OrganisationId organisationId,
			boolean organisationAdministrator, Instant now) {
		return new Account(login, displayName, role, organisationId, organisationAdministrator, null,
				AccountStatus.INVITED, now);
	}

	/** An account that can sign in at once (member activation, demo data, tests). */
	public static Account active(String login, String displayName, Role role, @Nullable OrganisationId organisationId,
			boolean organisationAdministrator, @Nullable UUID personId, String passwordHash, Instant now) {
		Account account = new Account(login, displayName, role, organisationId, organisationAdministrator, personId,
				AccountStatus.ACTIVE, now);
		account.passwordHash = Objects.requireNonNull(passwordHash);
		account.passwordChangedAt = now;
		return account;
	}

	/**
	 * Makes {@code newLogin} the login (a member confirmed a new e-mail address through
	 * the link sent to it); the caller checks that no other account uses it.
	 */
	public void changeLogin(String newLogin) {
		String normalised = normaliseLogin(newLogin);
		if (normalised.isEmpty()) {
			throw new IllegalArgumentException("A login is required");
		}
		login = normalised;
	}

	/** Logins are compared without case and surrounding spaces. */
	public static String normaliseLogin(@Nullable String login) {
		return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
	}

	// ---------------------------------------------------------------- credentials

	/** The invited person chose a password: the account becomes active. */
	public void acceptInvitation(String passwordHash, Instant now) {
		if (status != AccountStatus.INVITED) {
			throw new IllegalStateException("Only an invited account accepts an invitation");
		}
		this.status = AccountStatus.ACTIVE;
		changePassword(passwordHash, now);
	}

	public void changePassword(String passwordHash, Instant now) {
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.passwordChangedAt = now;
	}

	public @Nullable String passwordHash() {
		return passwordHash;
	}

	// ---------------------------------------------------------------- lockout

	/**
	 * Clears the counter and any lock (a successful login, a password reset).
	 * @return true when the account was locked or delayed
	 */
	public boolean resetFailures() {
		boolean wasRestricted = failedAttempts > 0 || lockedUntil != null;
		failedAttempts = 0;
		lastFailureAt = null;
		lockedUntil = null;
		return wasRestricted;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public int failedAttempts() {
		return failedAttempts;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	public void loginSucceeded(Instant now) {
		resetFailures();
		lastLoginAt = now;
	}

	// ---------------------------------------------------------------- second factor

	public boolean secondFactorEnrolled() {
		return totpSecret != null;
	}

	/** True when the password alone does not sign in. */
	public boolean secondFactorNeeded() {
		return role.secondFactorRequired() || secondFactorEnrolled();
	}

	/**
	 * The TOTP secret in clear, decrypted with this row's table, column and id as
	 * associated data.
	 */
	public String totpSecret(FieldEncryption encryption) {
		return encryption.decrypt(Objects.requireNonNull(totpSecret, "no second factor"), totpSecretContext());
	}

	private FieldContext totpSecretContext() {
		return new FieldContext("identity_account", "totp_secret", id().toString());
	}

	public @Nullable Long totpLastStep() {
		return totpLastStep;
	}

	/**
	 * Records the TOTP step just used, so that the same code is refused if presented
	 * again.
	 */
	public void acceptTotpStep(long step) {
		if (totpLastStep != null && step <= totpLastStep) {
			throw new IllegalStateException("Replayed TOTP step");
		}
		totpLastStep = step;
	}

	public void enrolSecondFactor(String secret, long firstStep, Instant now, FieldEncryption encryption) {
		this.totpSecret = encryption.encrypt(Objects.requireNonNull(secret), totpSecretContext());
		this.totpLastStep = firstStep;
		this.totpEnrolledAt = now;
	}

	// ---------------------------------------------------------------- status

	public void disable(Instant now) {
		if (status != AccountStatus.DISABLED) {
			status = AccountStatus.DISABLED;
			disabledAt = now;
		}
	}

	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	public AccountStatus status() {
		return status;
	}

	// ---------------------------------------------------------------- views

	public AccountId accountId() {
		return new AccountId(id());
	}

	public String login() {
		return login;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public @Nullable OrganisationId organisationId() {
		return organisationId == null ? null : new OrganisationId(organisationId);
	}

	public boolean organisationAdministrator() {
		return organisationAdministrator;
	}

	public @Nullable UUID personId() {
		return personId;
	}

	/** The principal kept in the session: ids only. */
	public AuthenticatedUser principal() {
		return new AuthenticatedUser(accountId(), role, organisationId(), personId, organisationAdministrator);
	}

	public AccountSummary summary(Instant now) {
		return new AccountSummary(accountId(), displayName, login, role, status, organisationId(),
				organisationAdministrator, secondFactorEnrolled(), isLocked(now), createdAt(), lastLoginAt);
	}

	// ---------------------------------------------------------------- personal data
	// (privacy SPI)

	/** What the login e-mail of an anonymised account becomes: unique, and no mailbox. */
	static String anonymisedLogin(UUID id) {
		return "anonymise-" + id + "@anonymise.invalid";
	}

	@Override
	public boolean isAnonymised() {
		return super.isAnonymised() || login.equals(anonymisedLogin(id()));
	}

	/**
	 * Erasure: disables the account and replaces or empties everything about its holder
	 * (login, name, credentials, second factor, connection times); the id stays, for what
	 * refers to it.
	 */
	public void anonymise(Instant now) {
		disable(now);
		login = anonymisedLogin(id());
		displayName = "Compte anonymisé";
		personId = null;
		passwordHash = null;
		passwordChangedAt = null;
		failedAttempts = 0;
		lastFailureAt = null;
		lockedUntil = null;
		totpSecret = null;
		totpEnrolledAt = null;
		totpLastStep = null;
		lastLoginAt = null;
		liftRestriction();
		markAnonymised(now);
	}

	public @Nullable Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	public @Nullable Instant totpEnrolledAt() {
		return totpEnrolledAt;
	}

	@Override
	public String toString() {
		return "Account[id=" + id() + ", role=" + role + ", status=" + status + "]";
	}

}
