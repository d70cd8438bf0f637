/**
 * Disclosures to the recipients of the register: an export to a recipient is built from
 * the data categories the register lets that recipient receive for the purpose, and
 * nothing else ({@link fr.integrance.disclosure.Disclosures}); each is logged (who sent
 * it, which subjects, which categories, legal basis, recipient, transfer safeguard when
 * outside the EEA, requisition reference) and journaled, and the log answers
 * {@link fr.integrance.privacy.DisclosureHistory} for the rights engine and the members'
 * pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communications aux destinataires",
		allowedDependencies = { "platform", "privacy", "audit" })
@org.jspecify.annotations.NullMarked
package fr.integrance.disclosure;
