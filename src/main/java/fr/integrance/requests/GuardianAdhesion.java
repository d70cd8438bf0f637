package fr.integrance.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.CareAndHousing;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.platform.Civility;
import fr.integrance.platform.PostalAddress;

/**
 * A guardian organisation's request, sent by one of its agents from iTutelle, for the
 * adhesion of a new protected adult. Accepting it (internal package
 * {@code guardianadhesion}) registers the adult and the beneficiaries, the organisation's
 * representation of the adult under the measure, the care and housing and the health
 * needs, the paying account with its SEPA mandate, and opens the contract.
 * <p>
 * The NIR, the IBAN and the health needs (GDPR Art. 9) are never in the clear here: the
 * form encrypts them ({@link Sealed}) before the case stores its payload as JSON.
 *
 * @param guardianOrganisation the organisation (identity's id) that will represent the
 * adult
 * @param agentName the agent who sent it, for the case's mails
 * @param agentEmail where the case's mails go
 * @param adult the protected adult's identity and contact address
 * @param measure the protection measure, its court, judgment and validity
 * @param housing care and housing
 * @param sealed the encrypted NIR, bank details and health needs
 * @param planCode the chosen plan of the catalogue
 * @param beneficiaries the adult's beneficiaries (ayants droit), possibly none
 * @param attachmentIds the judgment and other documents, stored beforehand
 * @param language the language of the form
 */
@RequestPayload.TypeName("GUARDIAN_ADHESION")
public record GuardianAdhesion(UUID guardianOrganisation, String agentName, String agentEmail, Adult adult,
		Measure measure, CareAndHousing housing, Sealed sealed, String planCode, List<Beneficiary> beneficiaries,
		List<AttachmentId> attachmentIds, String language) implements RequestPayload {

	public GuardianAdhesion {
		Objects.requireNonNull(guardianOrganisation, "guardianOrganisation");
		Objects.requireNonNull(adult, "adult");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(housing, "housing");
		Objects.requireNonNull(sealed, "sealed");
		beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
		language = language == null ? "fr" : language;
	}

	@Override
	public String submitterName() {
		return agentName;
	}

	@Override
	public String submitterEmail() {
		return agentEmail;
	}

	/** The protected adult. */
	public record Adult(Civility civility, String lastName, String firstName, @Nullable String birthName,
			LocalDate birthDate, PostalAddress address) {

		@Override
		public String toString() {
			return "Adult[****]";
		}
	}

	/**
	 * The measure: its type, the court, the judgment's date and reference, its validity
	 * ({@code validUntil} null when the judgment sets no end).
	 */
	public record Measure(ProtectionMeasure type, String court, LocalDate judgmentDate, String reference,
			LocalDate validFrom, @Nullable LocalDate validUntil) {

		@Override
		public String toString() {
			return "Measure[****]";
		}
	}

	/** A beneficiary of the adult's contract. */
	public record Beneficiary(DependantType relationship, Civility civility, String lastName, String firstName,
			LocalDate birthDate) {

		@Override
		public String toString() {
			return "Beneficiary[" + relationship + ", ****]";
		}
	}

	/**
	 * The fields kept encrypted in the payload: each a {@code FieldEncryption} ciphertext
	 * bound to {@code FieldContext("request_case", "guardian_adhesion_<field>", sealId)}
	 * ({@link #context}).
	 *
	 * @param sealId the random id the ciphertexts are bound to
	 * @param nir the NIR, as typed
	 * @param iban the IBAN of the paying account
	 * @param bic its BIC
	 * @param accountHolder the account's holder
	 * @param healthNeeds the health needs, as {@code HealthNeeds.encode()} wrote them
	 */
	public record Sealed(UUID sealId, String nir, String iban, String bic, String accountHolder, String healthNeeds) {

		/** The table of the contexts the ciphertexts are bound to. */
		public static final String TABLE = "request_case";

		/**
		 * Encrypts the sensitive fields under a new seal id.
		 * @param healthNeeds as {@code HealthNeeds.encode()} writes them
		 */
		public static Sealed seal(fr.integrance.platform.FieldEncryption encryption, String nir, String iban,
				String bic, String accountHolder, String healthNeeds) {
			UUID id = UUID.randomUUID();
			Sealed blank = new Sealed(id, "", "", "", "", "");
			return new Sealed(id, encryption.encrypt(nir, blank.context(NIR)),
					encryption.encrypt(iban, blank.context(IBAN)), encryption.encrypt(bic, blank.context(BIC)),
					encryption.encrypt(accountHolder, blank.context(HOLDER)),
					encryption.encrypt(healthNeeds, blank.context(HEALTH_NEEDS)));
		}

		/** Decrypts one of the fields, named by its constant ({@link #NIR}…). */
		public String open(fr.integrance.platform.FieldEncryption encryption, String field) {
			String ciphertext = switch (field) {
				case NIR -> nir;
				case IBAN -> iban;
				case BIC -> bic;
				case HOLDER -> accountHolder;
				case HEALTH_NEEDS -> healthNeeds;
				default -> throw new IllegalArgumentException("no sealed field " + field);
			};
			return encryption.decrypt(ciphertext, context(field));
		}

		public static final String NIR = "nir";

		public static final String IBAN = "iban";

		public static final String BIC = "bic";

		public static final String HOLDER = "holder";

		public static final String HEALTH_NEEDS = "health_needs";

		/** The context of one sealed field ({@code nir}, {@code iban}…). */
		public fr.integrance.platform.FieldContext context(String field) {
			return new fr.integrance.platform.FieldContext(TABLE, "guardian_adhesion_" + field, sealId.toString());
		}

		@Override
		public String toString() {
			return "Sealed[****]";
		}
	}

	@Override
	public String toString() {
		return "GuardianAdhesion[" + beneficiaries.size() + " beneficiary(ies), " + attachmentIds.size()
				+ " attachment(s)]";
	}

}
