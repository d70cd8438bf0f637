package fr.integrance.privacy;

import java.util.Set;

/**
 * The closed vocabularies of the register: what a retention rule's trigger and end
 * action, a recipient's kind and a legal basis's DPV term may be. The start-up validation
 * refuses any other value; the retention module schedules from these triggers.
 */
public interface RegisterVocabulary {

	/** When a retention clock starts. */
	Set<String> RETENTION_TRIGGERS = Set.of("last-contact", "contract-end", "collection", "consent-withdrawal",
			"account-closure");

	/** What happens when a retention period ends. */
	Set<String> END_ACTIONS = Set.of("delete", "anonymise");

	Set<String> RECIPIENT_KINDS = Set.of("processor", "third-party", "authority");

	/** The W3C DPV legal-basis terms (https://w3id.org/dpv#) a legal basis may name. */
	Set<String> DPV_LEGAL_BASES = Set.of("Consent", "Contract", "EnterIntoContract", "LegitimateInterest",
			"LegalObligation", "VitalInterest", "PublicTask");

}
