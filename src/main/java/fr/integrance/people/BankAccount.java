package fr.integrance.people;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.Bic;
import fr.integrance.platform.Iban;

/**
 * A person's bank account (IBAN decrypted) and its direct-debit mandate, if any.
 * {@link #toString()} masks.
 */
public record BankAccount(BankAccountId id, PersonId owner, Iban iban, @Nullable Bic bic, String holder,
		@Nullable DirectDebitMandate mandate) {

	@Override
	public String toString() {
		return "BankAccount[id=" + id + ", owner=" + owner + ", iban=" + iban + ", holder=***]";
	}
}
