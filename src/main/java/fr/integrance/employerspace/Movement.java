package fr.integrance.employerspace;

import java.time.Instant;
import java.time.LocalDate;

import fr.integrance.contracts.AffiliationId;

/** A movement recorded on an affiliation: what, effective when, recorded when. */
public record Movement(AffiliationId affiliation, MovementKind kind, LocalDate effectiveDate, Instant recordedAt) {
}
