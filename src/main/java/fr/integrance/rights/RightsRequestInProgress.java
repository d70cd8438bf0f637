package fr.integrance.rights;

/**
 * The subject of a rights request is known and the request is being carried out: until it
 * is answered or refused ({@link RightsRequestClosed}), the subject's data must stay as
 * the answer will find them (the retention module holds their clocks). Ids only: the
 * subject as the audit journal names it ({@code PERSON:<id>}, {@code EMAIL:<SHA-256>}),
 * never an address.
 *
 * @param request the request
 * @param subjectRef its subject's journal reference
 */
public record RightsRequestInProgress(RightsRequestId request, String subjectRef) {
}
