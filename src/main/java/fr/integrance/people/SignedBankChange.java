package fr.integrance.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of bank details once signed: the new account, its mandate (new RUM, signed
 * today), the due date from which the contributions are taken from it, and the references
 * of the mandates it ends (kept, revoked the day before).
 */
public record SignedBankChange(BankAccountId account, DirectDebitMandate mandate, LocalDate effectiveOn,
		List<String> endedMandates) {

	public SignedBankChange {
		endedMandates = List.copyOf(endedMandates);
	}
}
