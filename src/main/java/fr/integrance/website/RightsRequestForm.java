package fr.integrance.website;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PlausibleBirthDate;
import fr.integrance.platform.ValueOf;

/**
 * {@code /mes-droits}: a rights request. No identity document: one is asked for only on
 * reasonable doubt. The birth date is optional, only to recognise the requester among the
 * people the mutual holds (it is not stored).
 */
record RightsRequestForm(@NotBlank(message = "{rights.error.right.required}") @Nullable String rightId,
		@NotBlank(message = "{rights.error.scope.required}") @Nullable String scope,
		@Size(max = 4000, message = "{rights.error.message.too-long}") @Nullable String message,
		@NotBlank(message = "{intake.error.first-name.required}") @ValueOf(value = PersonName.class, parser = "part",
				message = "{intake.error.first-name.invalid}") @Nullable String firstName,
		@NotBlank(message = "{intake.error.last-name.required}") @ValueOf(value = PersonName.class, parser = "part",
				message = "{intake.error.last-name.invalid}") @Nullable String lastName,
		@NotBlank(message = "{intake.error.email.required}") @ValueOf(value = EmailAddress.class,
				message = "{intake.error.email.invalid}") @Nullable String email,
		@Pattern(regexp = ContactForm.MEMBER_NUMBER,
				message = "{intake.error.member-number.invalid}") @Nullable String memberNumber,
		@PlausibleBirthDate(message = "{intake.error.birth-date.invalid}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate birthDate) {

	RightsRequestForm {
		rightId = FormText.line(rightId);
		scope = FormText.line(scope);
		message = FormText.text(message);
		firstName = FormText.line(firstName);
		lastName = FormText.line(lastName);
		email = FormText.line(email);
		memberNumber = FormText.line(memberNumber);
	}

	/**
	 * The fields as typed, without the birth date: the form when a value cannot even be
	 * converted (a birth date like 30/02/2026), so that the page shows what was typed
	 * with the error beside the date.
	 */
	static RightsRequestForm asTyped(Map<String, String[]> parameters) {
		return new RightsRequestForm(first(parameters, "rightId"), first(parameters, "scope"),
				first(parameters, "message"), first(parameters, "firstName"), first(parameters, "lastName"),
				first(parameters, "email"), first(parameters, "memberNumber"), null);
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	static RightsRequestForm empty() {
		return new RightsRequestForm(null, null, null, null, null, null, null, null);
	}
}
