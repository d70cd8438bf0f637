package fr.integrance.requests;

/** Published once a case is stored; carries ids only, never the sender's data. */
public record RequestSubmitted(CaseId caseId, String reference, RequestType type) {
}
