package fr.integrance.people.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * The signature of a new SEPA mandate: the one-time code sent by e-mail and the ticked
 * consent.
 *
 * @param code the six digits typed
 * @param consent whether the consent to the mandate is ticked
 */
public record MandateSignatureForm(@Nullable String code, @Nullable Boolean consent) {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	/** An empty form. */
	public static MandateSignatureForm empty() {
		return new MandateSignatureForm(null, null);
	}

	/** The errors beside the fields: the consent ticked, a code of six digits. */
	public void validate(BindingResult result) {
		if (!Boolean.TRUE.equals(consent)) {
			result.rejectValue("consent", "memberbank.consent.required");
		}
		if (code == null || code.isBlank()) {
			result.rejectValue("code", "memberbank.code.required");
		}
		else if (!CODE.matcher(code.strip()).matches()) {
			result.rejectValue("code", "memberbank.code.format");
		}
	}

	@Override
	public String toString() {
		return "MandateSignatureForm[code=******, consent=" + consent + "]";
	}

}
