package fr.integrance.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.BankChangeCodeException;
import fr.integrance.people.BankChangeId;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.PendingBankChange;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.Iban;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * A person's change of their bank details, {@code PENDING} until signed by its one-time
 * code ({@code SIGNED}: the new IBAN and holder are then emptied here, the account row
 * holds them) or until it can no longer be signed ({@code ABANDONED}: expired or out of
 * attempts, the new IBAN and holder emptied too). The code is kept as a keyed digest
 * bound to the change's id.
 */
@Entity
@Table(name = "person_bank_change")
class BankChangeEntity extends PersonalRecord {

	static final String TABLE = "person_bank_change";

	static final String IBAN_COLUMN = "iban";

	static final String CODE_SCOPE = "people.bank-change-code";

	enum Status {

		PENDING, SIGNED, ABANDONED

	}

	@NotPersonalData("technical id of the person record")
	@Column(name = "person_id")
	private UUID personId;

	@PersonalData(category = "economic-financial", encrypted = true)
	private @Nullable String iban;

	@PersonalData(category = "economic-financial")
	private @Nullable String bic;

	@PersonalData(category = "economic-financial")
	private @Nullable String holder;

	@PersonalData(category = "connection", export = PersonalData.Export.SECRET)
	@Column(name = "code_digest")
	private @Nullable String codeDigest;

	@NotPersonalData("expiry time of a one-time code")
	@Column(name = "code_expires_at")
	private Instant codeExpiresAt;

	@NotPersonalData("a counter of wrong codes")
	@Column(name = "failed_attempts")
	private int failedAttempts;

	@NotPersonalData("the state of the change")
	@Enumerated(EnumType.STRING)
	private Status status;

	@PersonalData(category = "economic-financial")
	@Column(name = "signed_at")
	private @Nullable Instant signedAt;

	@PersonalData(category = "economic-financial")
	@Column(name = "effective_on")
	private @Nullable LocalDate effectiveOn;

	@NotPersonalData("technical id of the bank account row")
	@Column(name = "bank_account_id")
	private @Nullable UUID bankAccountId;

	protected BankChangeEntity() {
	}

	@SuppressWarnings("NullAway.Init") // propose() below sets the required fields
	private BankChangeEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static BankChangeEntity propose(PersonId owner, Iban iban, @Nullable Bic bic, String holder, String code,
			Instant now, FieldEncryption encryption, BlindIndex index) {
		if (holder == null || holder.isBlank() || holder.strip().length() > 200) {
			throw new IllegalArgumentException("The holder's name is required, at most 200 characters");
		}
		BankChangeEntity entity = new BankChangeEntity(UUID.randomUUID(), now);
		entity.personId = owner.value();
		entity.iban = encryption.encrypt(iban.value(), entity.ibanContext());
		entity.bic = bic == null ? null : bic.value();
		entity.holder = holder.strip();
		entity.codeDigest = digest(entity.id(), code, index);
		entity.codeExpiresAt = now.plusSeconds(BankDetailChanges.CODE_VALIDITY_MINUTES * 60L);
		entity.failedAttempts = 0;
		entity.status = Status.PENDING;
		return entity;
	}

	private FieldContext ibanContext() {
		return new FieldContext(TABLE, IBAN_COLUMN, id().toString());
	}

	private static String digest(UUID id, String code, BlindIndex index) {
		return index.of(CODE_SCOPE, id + ":" + code);
	}

	boolean belongsTo(PersonId person) {
		return personId.equals(person.value());
	}

	/** Whether it can still be signed at {@code now}. */
	boolean isSignable(Instant now) {
		return status == Status.PENDING && now.isBefore(codeExpiresAt)
				&& failedAttempts < BankDetailChanges.MAX_ATTEMPTS;
	}

	/**
	 * Checks the code: nothing when right; otherwise counts the attempt (abandoning the
	 * change after the last one or once expired) and throws.
	 */
	void check(String code, Instant now, BlindIndex index) {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Not pending");
		}
		if (!now.isBefore(codeExpiresAt)) {
			abandon();
			throw new BankChangeCodeException(BankChangeCodeException.Reason.EXPIRED, 0);
		}
		String expected = Objects.requireNonNull(codeDigest, "pending with its code");
		String given = digest(id(), code.strip(), index);
		if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.getBytes(StandardCharsets.US_ASCII))) {
			return;
		}
		failedAttempts++;
		int left = BankDetailChanges.MAX_ATTEMPTS - failedAttempts;
		if (left <= 0) {
			abandon();
			throw new BankChangeCodeException(BankChangeCodeException.Reason.EXHAUSTED, 0);
		}
		throw new BankChangeCodeException(BankChangeCodeException.Reason.WRONG, left);
	}

	/** The new IBAN, holder and BIC while pending. */
	Iban iban(FieldEncryption encryption) {
		return Iban.parse(encryption.decrypt(Objects.requireNonNull(iban, "pending"), ibanContext()));
	}

	@Nullable Bic bic() {
		return bic == null ? null : Bic.parse(bic);
	}

	String holder() {
		return Objects.requireNonNull(holder, "pending");
	}

	void signed(UUID account, LocalDate effective, Instant now) {
		status = Status.SIGNED;
		bankAccountId = account;
		effectiveOn = effective;
		signedAt = now;
		forgetDetails();
	}

	private void abandon() {
		status = Status.ABANDONED;
		forgetDetails();
	}

	private void forgetDetails() {
		iban = null;
		bic = null;
		holder = null;
		codeDigest = null;
	}

	Status status() {
		return status;
	}

	@Nullable UUID bankAccountId() {
		return bankAccountId;
	}

	@Nullable LocalDate effectiveOn() {
		return effectiveOn;
	}

	PendingBankChange toPending(LocalDate today, FieldEncryption encryption) {
		return new PendingBankChange(new BankChangeId(id()), iban(encryption), holder(),
				BankDetailChanges.effectiveDate(today), codeExpiresAt, BankDetailChanges.MAX_ATTEMPTS - failedAttempts);
	}

}
