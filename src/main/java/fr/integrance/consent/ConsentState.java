package fr.integrance.consent;

import java.time.Instant;

/**
 * The decision in force for one purpose: the latest record, except that a cookie choice
 * older than the renewal age (6 months by default) reads as {@link Decision#EXPIRED} even
 * before the daily sweep records it.
 */
public record ConsentState(String purpose, Decision decision, String noticeVersion, ConsentMethod method,
		Instant decidedAt) {

	public boolean allows() {
		return decision.allows();
	}
}
