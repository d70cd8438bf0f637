package fr.integrance.employerspace;

import org.jspecify.annotations.Nullable;

/**
 * Bank details for reimbursements as typed: IBAN, BIC and the holder's name (blank: the
 * employee's name). Fields in problems: {@code bank.iban}, {@code bank.bic},
 * {@code bank.holder}.
 */
public record BankDetails(@Nullable String iban, @Nullable String bic, @Nullable String holder) {

	@Override
	public String toString() {
		return "BankDetails[***]";
	}

}
