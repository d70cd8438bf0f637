package fr.integrance.people;

import java.time.Instant;
import java.time.LocalDate;

import fr.integrance.platform.Iban;

/**
 * A change of bank details waiting for its signature, as its owner sees it before
 * signing: the new IBAN (shown masked), the holder, the day the new mandate would take
 * effect if signed today, when the code expires and how many attempts are left.
 */
public record PendingBankChange(BankChangeId id, Iban iban, String holder, LocalDate effectiveOn, Instant expiresAt,
		int attemptsLeft) {

	@Override
	public String toString() {
		return "PendingBankChange[id=" + id + ", iban=" + iban + ", holder=***]";
	}
}
