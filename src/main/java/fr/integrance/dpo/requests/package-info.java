/**
 * The DPO's rights desk ({@code /dpo/demandes}): the queue of rights requests with their
 * deadlines, one request with its history and the actions on it, and the registration of
 * letters and forwarded e-mails. Thin controllers over
 * {@link fr.integrance.rights.RightsDesk}.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.dpo.requests;
