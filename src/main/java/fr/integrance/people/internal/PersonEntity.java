package fr.integrance.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.NameKey;
import fr.integrance.people.NewPerson;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.ExportFormat;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.Nir;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.PersonalData.Export;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;
import fr.integrance.privacy.PersonalRecord;

/**
 * One human. The NIR is stored encrypted (bound to table, column and row) with its blind
 * index beside it for exact lookups; last name and birth name are also stored as
 * {@link NameKey}s for the indexed prefix search.
 */
@Entity
@Table(name = "person")
class PersonEntity extends PersonalRecord {

	static final String TABLE = "person";

	static final String NIR_COLUMN = "nir";

	/**
	 * Blind-index scope of the NIR: the same NIR indexed elsewhere gives an unrelated
	 * value.
	 */
	static final String NIR_SCOPE = "person.nir";

	@PersonalData(category = "identification")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Civility civility;

	@PersonalData(category = "identification")
	@Column(name = "last_name")
	private String lastName;

	@PersonalData(category = "identification")
	@Column(name = "first_names")
	private String firstNames;

	@PersonalData(category = "identification")
	@Column(name = "birth_name")
	private @Nullable String birthName;

	@PersonalData(category = "identification", export = Export.LOOKUP_KEY)
	@Column(name = "search_key")
	private String searchKey;

	@PersonalData(category = "identification", export = Export.LOOKUP_KEY)
	@Column(name = "birth_name_key")
	private @Nullable String birthNameKey;

	@PersonalData(category = "identification")
	@Column(name = "birth_date")
	private LocalDate birthDate;

	@PersonalData(category = "identification", encrypted = true, format = PrintedNir.class)
	private @Nullable String nir;

	@PersonalData(category = "identification", export = Export.LOOKUP_KEY)
	@Column(name = "nir_index")
	private @Nullable String nirIndex;

	@PersonalData(category = "identification")
	private @Nullable String email;

	@PersonalData(category = "identification")
	private @Nullable String phone;

	@PersonalData(category = "identification")
	@Column(name = "address_line1")
	private @Nullable String addressLine1;

	@PersonalData(category = "identification")
	@Column(name = "address_line2")
	private @Nullable String addressLine2;

	@PersonalData(category = "identification")
	@Column(name = "address_line3")
	private @Nullable String addressLine3;

	@PersonalData(category = "identification")
	@Column(name = "address_line4")
	private @Nullable String addressLine4;

	@PersonalData(category = "identification")
	@Column(name = "postal_code")
	private @Nullable String postalCode;

	@PersonalData(category = "identification")
	private @Nullable String city;

	@PersonalData(category = "identification")
	private @Nullable String country;

	/** A new e-mail address waiting for the member's confirmation through its link. */
	@PersonalData(category = "identification")
	@Column(name = "pending_email")
	private @Nullable String pendingEmail;

	/**
	 * SHA-256 (hex) of the confirmation link's token: the database gives no usable link.
	 */
	@PersonalData(category = "connection", export = Export.SECRET)
	@Column(name = "pending_email_token")
	private @Nullable String pendingEmailToken;

	@PersonalData(category = "connection")
	@Column(name = "pending_email_expires_at")
	private @Nullable Instant pendingEmailExpiresAt;

	@PersonalData(category = "personal-life")
	@Column(name = "family_situation")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private @Nullable FamilySituation familySituation;

	@PersonalData(category = "personal-life")
	@Column(name = "mandatory_scheme")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private @Nullable MandatoryScheme mandatoryScheme;

	@PersonalData(category = "personal-life")
	@Column(name = "scheme_fund")
	private @Nullable String schemeFund;

	protected PersonEntity() {
	}

	@SuppressWarnings("NullAway.Init") // register() below sets the required fields
	private PersonEntity(UUID id, Instant createdAt) {
		super(id, createdAt);
	}

	static PersonEntity register(NewPerson person, Instant now, FieldEncryption encryption, BlindIndex index) {
		return register(UUID.randomUUID(), person, now, encryption, index);
	}

	/** With a given id: demo data only, whose ids other modules' demo data refer to. */
	static PersonEntity register(UUID id, NewPerson person, Instant now, FieldEncryption encryption, BlindIndex index) {
		PersonEntity entity = new PersonEntity(id, now);
		entity.setName(person.name());
		entity.birthDate = person.birthDate();
		entity.setNir(person.nir(), encryption, index);
		entity.setContact(person.email(), person.phone());
		entity.setAddress(person.address());
		entity.familySituation = person.familySituation();
		entity.mandatoryScheme = person.scheme();
		entity.schemeFund = person.schemeFund();
		return entity;
	}

	private void setName(PersonName name) {
		civility = name.civility();
		lastName = name.lastName();
		firstNames = name.firstNames();
		birthName = name.birthName().orElse(null);
		searchKey = NameKey.of(lastName).value();
		birthNameKey = birthName == null ? null : NameKey.of(birthName).value();
	}

	private void setNir(@Nullable Nir value, FieldEncryption encryption, BlindIndex index) {
		nir = value == null ? null : encryption.encrypt(value.normalised(), nirContext());
		nirIndex = value == null ? null : nirIndexOf(value, index);
	}

	@Nullable String nirIndex() {
		return nirIndex;
	}

	static String nirIndexOf(Nir value, BlindIndex index) {
		return index.of(NIR_SCOPE, value.normalised());
	}

	private FieldContext nirContext() {
		return new FieldContext(TABLE, NIR_COLUMN, id().toString());
	}

	void setContact(@Nullable EmailAddress newEmail, @Nullable PhoneNumber newPhone) {
		email = newEmail == null ? null : newEmail.value();
		phone = newPhone == null ? null : newPhone.e164();
	}

	void setPhone(@Nullable PhoneNumber newPhone) {
		phone = newPhone == null ? null : newPhone.e164();
	}

	/**
	 * Keeps {@code newEmail} until its link (whose token hashes to {@code tokenHash}) is
	 * used; replaces an earlier pending one.
	 */
	void requestEmailChange(EmailAddress newEmail, String tokenHash, Instant expiresAt) {
		pendingEmail = newEmail.value();
		pendingEmailToken = tokenHash;
		pendingEmailExpiresAt = expiresAt;
	}

	/** The pending address whose link hashes to {@code tokenHash} (any when null). */
	@Nullable EmailAddress pendingEmail(@Nullable String tokenHash, Instant now) {
		if (pendingEmail == null || pendingEmailToken == null || pendingEmailExpiresAt == null
				|| !now.isBefore(pendingEmailExpiresAt)) {
			return null;
		}
		if (tokenHash != null && !MessageDigest.isEqual(pendingEmailToken.getBytes(StandardCharsets.US_ASCII),
				tokenHash.getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		return EmailAddress.of(pendingEmail);
	}

	/** The contact e-mail address, if any. */
	@Nullable EmailAddress email() {
		return email == null ? null : EmailAddress.of(email);
	}

	/** Whether an address waits, usable or not (then it is left to be cleared). */
	boolean hasPendingEmail() {
		return pendingEmail != null;
	}

	/** Makes the pending address the contact e-mail and spends its link. */
	void confirmPendingEmail(EmailAddress confirmed) {
		email = confirmed.value();
		clearPendingEmail();
	}

	void clearPendingEmail() {
		pendingEmail = null;
		pendingEmailToken = null;
		pendingEmailExpiresAt = null;
	}

	void setAddress(@Nullable PostalAddress address) {
		List<String> lines = address == null ? List.of() : address.lines();
		addressLine1 = line(lines, 0);
		addressLine2 = line(lines, 1);
		addressLine3 = line(lines, 2);
		addressLine4 = line(lines, 3);
		postalCode = address == null ? null : address.postalCode();
		city = address == null ? null : address.city();
		country = address == null ? null : address.country();
	}

	void setFamilySituation(@Nullable FamilySituation situation) {
		familySituation = situation;
	}

	void setScheme(@Nullable MandatoryScheme scheme, @Nullable String fund) {
		mandatoryScheme = scheme;
		schemeFund = fund;
	}

	private static @Nullable String line(List<String> lines, int index) {
		return index < lines.size() ? lines.get(index) : null;
	}

	PersonId personId() {
		return new PersonId(id());
	}

	/**
	 * Removes what identifies the person and keeps the row (other modules refer to its
	 * id): names become a placeholder, the birth date the first of January of its year
	 * (enough for statistics by age), everything else is cleared.
	 */
	void anonymise(Instant now) {
		if (isAnonymised()) {
			return;
		}
		civility = Civility.M;
		lastName = "Anonyme";
		firstNames = "Anonyme";
		birthName = null;
		searchKey = "";
		birthNameKey = null;
		birthDate = birthDate.withDayOfYear(1);
		nir = null;
		nirIndex = null;
		setContact(null, null);
		clearPendingEmail();
		setAddress(null);
		familySituation = null;
		mandatoryScheme = null;
		schemeFund = null;
		markAnonymised(now);
	}

	PersonName name() {
		return PersonName.of(civility, lastName, firstNames, birthName);
	}

	@Nullable PostalAddress address() {
		if (city == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		for (String line : new String[] { addressLine1, addressLine2, addressLine3, addressLine4 }) {
			if (line != null) {
				lines.add(line);
			}
		}
		return PostalAddress.of(lines, postalCode, city, country);
	}

	@Nullable Nir nir(FieldEncryption encryption) {
		return nir == null ? null : Nir.parse(encryption.decrypt(nir, nirContext()));
	}

	Person toPerson(FieldEncryption encryption) {
		return new Person(personId(), name(), birthDate, nir(encryption), email == null ? null : EmailAddress.of(email),
				phone == null ? null : PhoneNumber.stored(phone), address(), familySituation, mandatoryScheme,
				schemeFund, isRestricted());
	}

	PersonSummary toSummary() {
		return new PersonSummary(personId(), name(), birthDate, postalCode, city, isRestricted());
	}

	/** The usage name's search key ({@link fr.integrance.people.NameKey}). */
	String searchKey() {
		return searchKey;
	}

	/** The birth name's search key, or {@code null} without a birth name. */
	@Nullable String birthNameKey() {
		return birthNameKey;
	}

	LocalDate birthDate() {
		return birthDate;
	}

	/** The NIR in an export as on a card: {@code 1 86 09 69 383 045 21}. */
	static final class PrintedNir implements ExportFormat {

		@Override
		public Object format(Object stored) {
			return Nir.parse((String) stored).formatted();
		}

	}

}
