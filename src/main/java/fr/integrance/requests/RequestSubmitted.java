package fr.integrance.requests;

import java.util.UUID;

/** Published once a case is stored; carries ids only, never the sender's data. */
public record RequestSubmitted(UUID caseId, String reference, RequestType type) {
}
