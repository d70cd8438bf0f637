package fr.integrance.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.DependantType;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.Civility;
import fr.integrance.platform.PostalAddress;

/**
 * A demande de souscription as the subscriber sent it: an individual plan for them and
 * their dependants. Accepting it makes the subscriber a member (internal package
 * {@code subscription}).
 *
 * @param subscriber who asks (and will be the primary insured)
 * @param situation their mandatory scheme and family situation
 * @param dependants the ayants droit to cover, possibly none
 * @param planCode the chosen plan (formule) of the catalogue; null while a draft has none
 * (a rule of the type refuses it)
 * @param marketingConsent whether they agreed to receive offers (never pre-ticked); also
 * recorded as a consent record by the website when given
 * @param noticeVersion the version of the privacy notice shown while they filled the form
 * @param attachmentIds stored attachments (attestation de droits) to attach to the case
 * @param language the language of the form, used to answer them in it
 */
@RequestPayload.TypeName("SUBSCRIPTION")
public record SubscriptionRequest(Subscriber subscriber, Situation situation, List<Dependant> dependants,
		@Nullable String planCode, boolean marketingConsent, @Nullable String noticeVersion,
		List<AttachmentId> attachmentIds, String language) implements RequestPayload {

	public SubscriptionRequest {
		Objects.requireNonNull(subscriber, "subscriber");
		Objects.requireNonNull(situation, "situation");
		dependants = dependants == null ? List.of() : List.copyOf(dependants);
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
		language = language == null ? "fr" : language;
	}

	@Override
	public String submitterName() {
		return subscriber.firstName() + " " + subscriber.lastName();
	}

	@Override
	public @Nullable String submitterEmail() {
		return subscriber.email();
	}

	/**
	 * Identity and contact details of the subscriber; {@code birthName} only when it
	 * differs, {@code phone} in E.164.
	 */
	public record Subscriber(@Nullable Civility civility, @Nullable String lastName, @Nullable String firstName,
			@Nullable String birthName, @Nullable LocalDate birthDate, @Nullable String phone, @Nullable String email,
			@Nullable PostalAddress address) {

		/** Masks everything: a request must never print a person into a log. */
		@Override
		public String toString() {
			return "Subscriber[****]";
		}
	}

	/** Régime obligatoire, caisse (optional) and situation familiale. */
	public record Situation(@Nullable MandatoryScheme scheme, @Nullable String fund,
			@Nullable FamilySituation familySituation) {
	}

	/**
	 * An ayant droit. {@code civility} is asked by the public form since it was added;
	 * payloads stored before that have none, and staff give it when accepting
	 * ({@link Acceptance#civilities()}).
	 */
	public record Dependant(@Nullable DependantType relationship, @Nullable String lastName, @Nullable String firstName,
			@Nullable LocalDate birthDate, @Nullable Civility civility) {

		/**
		 * A dependant whose civility is not known (payloads written before the form asked
		 * it).
		 */
		public Dependant(@Nullable DependantType relationship, @Nullable String lastName, @Nullable String firstName,
				@Nullable LocalDate birthDate) {
			this(relationship, lastName, firstName, birthDate, null);
		}

		@Override
		public String toString() {
			return "Dependant[" + relationship + ", ****]";
		}
	}
}
