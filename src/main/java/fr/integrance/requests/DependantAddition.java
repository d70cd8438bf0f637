package fr.integrance.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.DependantType;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.FieldContext;

/**
 * A member asks, from iAdhérent, to cover one more dependant (spouse, partner or child)
 * on their individual contract, with a proof. Accepting it registers the dependant as a
 * person and covers them from the date asked (internal package
 * {@code dependantaddition}). The contract and the member are the signed-in member's own,
 * never typed in a form.
 *
 * @param contract the member's contract
 * @param member the member (the case's person)
 * @param submitterName the member's name
 * @param submitterEmail the member's address, where the answer goes
 * @param relationship spouse, PACS partner, cohabitant or child
 * @param nir the dependant's NIR when they have one, encrypted ({@link SealedNir})
 * @param scheme the dependant's mandatory scheme
 * @param from the first day of cover asked
 * @param attachmentIds the proof (one file at least)
 * @param language the language of the form
 */
@RequestPayload.TypeName("DEPENDANT_ADDITION")
public record DependantAddition(ContractId contract, PersonId member, String submitterName,
		@Nullable String submitterEmail, DependantType relationship, Civility civility, String lastName,
		String firstName, LocalDate birthDate, @Nullable SealedNir nir, MandatoryScheme scheme, LocalDate from,
		List<AttachmentId> attachmentIds, String language) implements RequestPayload {

	public DependantAddition {
		Objects.requireNonNull(contract, "contract");
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(relationship, "relationship");
		Objects.requireNonNull(civility, "civility");
		Objects.requireNonNull(birthDate, "birthDate");
		Objects.requireNonNull(scheme, "scheme");
		Objects.requireNonNull(from, "from");
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
		language = language == null ? "fr" : language;
	}

	/** The dependant's name as the back office shows it. */
	public String dependantName() {
		return firstName + " " + lastName;
	}

	@Override
	public String toString() {
		return "DependantAddition[" + relationship + ", " + attachmentIds.size() + " attachment(s)]";
	}

	/**
	 * A NIR kept in a case's payload: encrypted (Tink AEAD through the platform's field
	 * encryption, bound to {@link #context(UUID)} of its own random key, since the case
	 * does not exist yet when it is sealed) and masked for the back office's page. The
	 * full number only reaches the person record on acceptance.
	 *
	 * @param ciphertext the encrypted normalised NIR
	 * @param masked the NIR masked ({@code 2 95 10 ** *** *** 93})
	 * @param key the random id bound to the ciphertext
	 */
	public record SealedNir(String ciphertext, String masked, UUID key) {

		public SealedNir {
			Objects.requireNonNull(ciphertext, "ciphertext");
			Objects.requireNonNull(masked, "masked");
			Objects.requireNonNull(key, "key");
		}

		/** Where a sealed NIR is bound. */
		public static FieldContext context(UUID key) {
			return new FieldContext("request_case", "payload_dependant_nir", key.toString());
		}

		@Override
		public String toString() {
			return "SealedNir[" + masked + "]";
		}
	}

}
