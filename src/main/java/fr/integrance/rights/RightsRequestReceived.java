package fr.integrance.rights;

/**
 * A rights request was stored: its acknowledgement is due. Ids only (the reference is a
 * request number, meaningless without the request).
 */
public record RightsRequestReceived(RightsRequestId request, String reference) {
}
