package fr.integrance.people;

import java.time.LocalDate;

/**
 * A SEPA direct-debit mandate: its unique mandate reference (RUM, at most 35 characters), the day
 * it was signed and, once revoked, the day it was.
 */
public record DirectDebitMandate(String rum, LocalDate signedOn, LocalDate revokedOn) {

	public boolean isActive() {
		return revokedOn == null;
	}
}
