package fr.integrance.website;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.ValueOf;

/**
 * {@code /mes-droits}: a rights request. No identity document: one is asked for only on
 * reasonable doubt.
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
				message = "{intake.error.member-number.invalid}") @Nullable String memberNumber) {

	RightsRequestForm {
		rightId = FormText.line(rightId);
		scope = FormText.line(scope);
		message = FormText.text(message);
		firstName = FormText.line(firstName);
		lastName = FormText.line(lastName);
		email = FormText.line(email);
		memberNumber = FormText.line(memberNumber);
	}

	static RightsRequestForm empty() {
		return new RightsRequestForm(null, null, null, null, null, null, null);
	}
}
