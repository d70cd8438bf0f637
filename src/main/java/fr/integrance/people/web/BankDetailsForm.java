package fr.integrance.people.web;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

import fr.integrance.platform.Iban;
import fr.integrance.platform.InvalidValueException;

/**
 * New bank details, as typed: the IBAN and its holder.
 *
 * @param iban the IBAN, spaces allowed
 * @param holder the account holder's name
 */
public record BankDetailsForm(@Nullable String iban, @Nullable String holder) {

	/** The longest holder name kept. */
	static final int HOLDER_MAX = 200;

	/** An empty form. */
	public static BankDetailsForm empty() {
		return new BankDetailsForm(null, null);
	}

	/**
	 * The IBAN when it is right; the errors beside the fields otherwise (a SEPA IBAN with
	 * a valid key, a holder of at most {@value #HOLDER_MAX} characters).
	 */
	public @Nullable Iban validate(BindingResult result) {
		Iban parsed = null;
		try {
			parsed = Iban.parse(iban);
			if (!parsed.isSepa()) {
				result.rejectValue("iban", "memberbank.iban.not-sepa");
			}
		}
		catch (InvalidValueException e) {
			result.rejectValue("iban", e.messageKey());
		}
		if (holder == null || holder.isBlank()) {
			result.rejectValue("holder", "memberbank.holder.required");
		}
		else if (holder.strip().length() > HOLDER_MAX) {
			result.rejectValue("holder", "memberbank.holder.too-long");
		}
		return parsed;
	}

	@Override
	public String toString() {
		return "BankDetailsForm[***]";
	}

}
