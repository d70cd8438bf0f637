package fr.integrance.people;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.integrance.audit.AuditActor;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * A person's own changes to their contact details (iAdhérent): immediate, no staff
 * decision, each journaled by this module in the same transaction, ids only
 * ({@code person.address-changed}, {@code person.phone-changed},
 * {@code person.email-change-requested}, {@code person.email-changed}, for the register
 * purpose {@value #PURPOSE}). A new e-mail address takes effect only once confirmed
 * through a single-use, time-limited link sent to it; the caller mails the link and the
 * notice to the previous address.
 * <p>
 * Every method throws {@link UnknownPersonException} when the person is unknown or
 * anonymised and {@link PersonRestrictedException} when the processing of their data is
 * restricted (GDPR art. 18).
 */
public interface ContactChanges {

	/** The register purpose the changes serve. */
	String PURPOSE = "iadherent-member-changes";

	/**
	 * Replaces the postal address. A French one must have a postal code that exists and
	 * serves the commune ({@link fr.integrance.platform.FrenchCommunes}).
	 * @throws fr.integrance.platform.InvalidValueException {@code postal-code.unknown} or
	 * {@code postal-address.commune.mismatch}
	 */
	void changeAddress(PersonId person, PostalAddress address, AuditActor actor);

	/** Replaces the phone number, or clears it when {@code null}. */
	void changePhone(PersonId person, @Nullable PhoneNumber phone, AuditActor actor);

	/**
	 * Keeps {@code email} as the person's pending new address and issues the link that
	 * confirms it; an earlier pending address and its link are dropped (only the latest
	 * link works).
	 * @return the link's token, to mail to the new address (the only place it exists in
	 * clear)
	 */
	EmailChangeRequest requestEmailChange(PersonId person, EmailAddress email, AuditActor actor);

	/** The new address waiting for its confirmation, if its link is still usable. */
	Optional<EmailAddress> pendingEmail(PersonId person);

	/**
	 * The pending address the link confirms, without using it; empty when the link is not
	 * the person's latest, was used or has expired.
	 */
	Optional<EmailAddress> pendingEmail(PersonId person, String token);

	/**
	 * Makes the pending address the contact e-mail, spending the link.
	 * @throws InvalidEmailChangeLinkException when the link is not the person's latest,
	 * was used or has expired
	 */
	EmailChanged confirmEmailChange(PersonId person, String token, AuditActor actor);

	/** Drops the pending address and its link, journaled; nothing when there is none. */
	void cancelEmailChange(PersonId person, AuditActor actor);

}
