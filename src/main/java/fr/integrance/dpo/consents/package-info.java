/**
 * Consent proofs as the DPO looks them up by subject ({@code /dpo/consentements}).
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.dpo.consents;
