package fr.integrance.people;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A SEPA direct-debit mandate: its unique mandate reference (RUM, at most 35 characters),
 * the day it was signed and, once revoked, the day it was.
 */
public record DirectDebitMandate(String rum, @Nullable LocalDate signedOn, @Nullable LocalDate revokedOn) {

	/**
	 * The mandate reference of the {@code serial}-th mandate: {@code ITG-} and twelve
	 * digits, unique (the serial comes from a sequence), within SEPA's 35 characters and
	 * alphabet.
	 */
	public static String reference(long serial) {
		return "ITG-" + String.format(Locale.ROOT, "%012d", serial);
	}

	public boolean isActive() {
		return revokedOn == null;
	}
}
