package fr.integrance.rights;

/**
 * A rights request was answered or refused: what held its subject's data for it ends.
 *
 * @param request the request
 */
public record RightsRequestClosed(RightsRequestId request) {
}
