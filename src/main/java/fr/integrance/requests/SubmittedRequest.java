package fr.integrance.requests;

import java.util.UUID;

/** What the sender is told after submitting: the case id (for the system) and its reference (for people). */
public record SubmittedRequest(UUID caseId, String reference) {
}
