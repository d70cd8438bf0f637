package fr.integrance.website;

import java.io.Serializable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.ValueOf;

/**
 * {@code /contact}: what a member or a prospect may send; files travel apart, as stored
 * attachments.
 */
record ContactForm(@Nullable Civility civility,
		@NotBlank(message = "{intake.error.last-name.required}") @ValueOf(value = PersonName.class, parser = "part",
				message = "{intake.error.last-name.invalid}") @Nullable String lastName,
		@NotBlank(message = "{intake.error.first-name.required}") @ValueOf(value = PersonName.class, parser = "part",
				message = "{intake.error.first-name.invalid}") @Nullable String firstName,
		@NotBlank(message = "{intake.error.email.required}") @ValueOf(value = EmailAddress.class,
				message = "{intake.error.email.invalid}") @Nullable String email,
		@ValueOf(PhoneNumber.class) @Nullable String phone,
		@Pattern(regexp = MEMBER_NUMBER,
				message = "{intake.error.member-number.invalid}") @Nullable String memberNumber,
		@NotBlank(message = "{intake.error.subject.required}") @Size(max = 150,
				message = "{intake.error.subject.too-long}") @Nullable String subject,
		@NotBlank(message = "{intake.error.message.required}") @Size(max = 5000,
				message = "{intake.error.message.too-long}") @Nullable String message,
		@AssertTrue(message = "{intake.error.contact-consent.required}") Boolean consent) implements Serializable {

	/**
	 * Member numbers are letters and digits, possibly with hyphens, at most 20
	 * characters.
	 */
	static final String MEMBER_NUMBER = "[A-Za-z0-9-]{1,20}";

	ContactForm {
		lastName = FormText.line(lastName);
		firstName = FormText.line(firstName);
		email = FormText.line(email);
		phone = FormText.line(phone);
		memberNumber = FormText.line(memberNumber);
		subject = FormText.line(subject);
		message = FormText.text(message);
		consent = Boolean.TRUE.equals(consent);
	}

	static ContactForm empty() {
		return new ContactForm(null, null, null, null, null, null, null, null, false);
	}
}
