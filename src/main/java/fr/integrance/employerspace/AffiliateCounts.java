package fr.integrance.employerspace;

/**
 * An organisation's affiliates by state: pending, active, in portability, and those whose
 * employment ended this calendar year (Paris time).
 */
public record AffiliateCounts(long pending, long active, long portability, long terminatedThisYear) {
}
