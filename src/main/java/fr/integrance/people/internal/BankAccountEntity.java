package fr.integrance.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.BankAccount;
import fr.integrance.people.BankAccountId;
import fr.integrance.people.DirectDebitMandate;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.ExportFormat;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.Iban;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;

/**
 * A person's bank account, the IBAN encrypted, with at most one SEPA mandate (RUM
 * unique).
 */
@Entity
@Table(name = "person_bank_account")
class BankAccountEntity extends PersonalRecord {

	static final String TABLE = "person_bank_account";

	static final String IBAN_COLUMN = "iban";

	@NotPersonalData("technical id of the person record")
	@Column(name = "person_id")
	private UUID personId;

	@PersonalData(category = "economic-financial", encrypted = true, format = PrintedIban.class)
	private String iban;

	@PersonalData(category = "economic-financial")
	private @Nullable String bic;

	@PersonalData(category = "economic-financial")
	private String holder;

	@PersonalData(category = "economic-financial")
	@Column(name = "mandate_rum")
	private @Nullable String mandateRum;

	@PersonalData(category = "economic-financial")
	@Column(name = "mandate_signed_on")
	private @Nullable LocalDate mandateSignedOn;

	@PersonalData(category = "economic-financial")
	@Column(name = "mandate_revoked_on")
	private @Nullable LocalDate mandateRevokedOn;

	protected BankAccountEntity() {
	}

	@SuppressWarnings("NullAway.Init") // create() below sets the required fields
	private BankAccountEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static BankAccountEntity create(PersonId owner, Iban iban, @Nullable Bic bic, String holder, Instant now,
			FieldEncryption encryption) {
		if (holder == null || holder.isBlank() || holder.strip().length() > 200) {
			throw new IllegalArgumentException("The holder's name is required, at most 200 characters");
		}
		BankAccountEntity entity = new BankAccountEntity(UUID.randomUUID(), now);
		entity.personId = owner.value();
		entity.iban = encryption.encrypt(iban.value(), new FieldContext(TABLE, IBAN_COLUMN, entity.id().toString()));
		entity.bic = bic == null ? null : bic.value();
		entity.holder = holder.strip();
		return entity;
	}

	DirectDebitMandate sign(String rum, LocalDate signedOn) {
		if (mandateRum != null && mandateRevokedOn == null) {
			throw new IllegalStateException("The account already has an active mandate");
		}
		mandateRum = rum;
		mandateSignedOn = signedOn;
		mandateRevokedOn = null;
		return new DirectDebitMandate(rum, signedOn, null);
	}

	DirectDebitMandate revoke(LocalDate revokedOn) {
		if (mandateRum == null || mandateRevokedOn != null) {
			throw new IllegalStateException("The account has no active mandate");
		}
		LocalDate signedOn = Objects.requireNonNull(mandateSignedOn, "signed with its reference");
		if (revokedOn.isBefore(signedOn)) {
			throw new IllegalArgumentException("A mandate cannot be revoked before it was signed");
		}
		mandateRevokedOn = revokedOn;
		return new DirectDebitMandate(mandateRum, signedOn, revokedOn);
	}

	@Nullable DirectDebitMandate mandate() {
		return mandateRum == null ? null : new DirectDebitMandate(mandateRum, mandateSignedOn, mandateRevokedOn);
	}

	BankAccount toBankAccount(FieldEncryption encryption) {
		Iban plain = Iban.parse(encryption.decrypt(iban, new FieldContext(TABLE, IBAN_COLUMN, id().toString())));
		return new BankAccount(new BankAccountId(id()), new PersonId(personId), plain,
				bic == null ? null : Bic.parse(bic), holder, mandate());
	}

	/** The IBAN in an export as printed, in groups of four. */
	static final class PrintedIban implements ExportFormat {

		@Override
		public Object format(Object stored) {
			return Iban.parse((String) stored).formatted();
		}

	}

}
