package fr.integrance.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;

/**
 * A demande de souscription as the subscriber sent it: the typed payload of a
 * {@link RequestType#SUBSCRIPTION} case, stored as JSON and read back as this record.
 *
 * @param subscriber who asks (and will be the primary insured)
 * @param situation their mandatory scheme and family situation
 * @param dependants the ayants droit to cover, possibly none
 * @param planCode the chosen plan (formule) of the catalogue
 * @param marketingConsent whether they agreed to receive offers (never pre-ticked); also
 * recorded as a consent record by the website when given
 * @param noticeVersion the version of the privacy notice shown while they filled the form
 * @param attachmentIds stored attachments (attestation de droits) to attach to the case
 * @param language the language of the form, used to answer them in it
 */
public record SubscriptionRequest(Subscriber subscriber, Situation situation, List<Dependant> dependants,
		String planCode, boolean marketingConsent, String noticeVersion, List<UUID> attachmentIds, String language) {

	public SubscriptionRequest {
		Objects.requireNonNull(subscriber, "subscriber");
		Objects.requireNonNull(situation, "situation");
		Objects.requireNonNull(planCode, "planCode");
		dependants = dependants == null ? List.of() : List.copyOf(dependants);
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
		language = language == null ? "fr" : language;
	}

	/**
	 * Identity and contact details of the subscriber; {@code birthName} only when it
	 * differs.
	 */
	public record Subscriber(Civility civility, String lastName, String firstName, String birthName,
			LocalDate birthDate, String phone, String email, PostalAddress address) {

		/** Masks everything: a request must never print a person into a log. */
		@Override
		public String toString() {
			return "Subscriber[****]";
		}
	}

	public record PostalAddress(String line1, String line2, String postalCode, String city) {

		@Override
		public String toString() {
			return "PostalAddress[****]";
		}
	}

	/** Régime obligatoire, caisse (optional) and situation familiale. */
	public record Situation(MandatoryScheme scheme, String fund, FamilySituation familySituation) {
	}

	/**
	 * An ayant droit. {@code civility} is asked by the public form since it was added;
	 * payloads stored before that (and read back from JSON) have none, and staff give it
	 * when accepting. Kept last so that the JSON of older payloads still reads.
	 */
	public record Dependant(DependantRelationship relationship, String lastName, String firstName, LocalDate birthDate,
			Civility civility) {

		/**
		 * A dependant whose civility is not known (payloads written before the form asked
		 * it).
		 */
		public Dependant(DependantRelationship relationship, String lastName, String firstName, LocalDate birthDate) {
			this(relationship, lastName, firstName, birthDate, null);
		}

		@Override
		public String toString() {
			return "Dependant[" + relationship + ", ****]";
		}
	}
}
