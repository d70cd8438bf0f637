package fr.integrance.memberspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import fr.integrance.contracts.MemberNumber;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.PhoneNumber;

/** The forms of the activation pages: records with only the fields each step may set. */
final class ActivationForms {

	static final int MAX_NAME = 100;

	/**
	 * A date input sends ISO dates; a browser without one lets the person type
	 * 14/07/1980.
	 */
	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private ActivationForms() {
	}

	/** Step 1: what the member knows. */
	record IdentificationForm(@Nullable String lastName, @Nullable String firstNames, @Nullable String birthDate,
			@Nullable String memberNumber) {

		static IdentificationForm empty() {
			return new IdentificationForm("", "", "", "");
		}

		/**
		 * The form's values once each is well-formed; errors next to the fields
		 * otherwise.
		 */
		@SuppressWarnings("NullAway") // a part is null only when the result holds its
										// error, and then so is the whole
		@Nullable Identification validate(BindingResult result, LocalDate today) {
			String last = required(lastName, "lastName", "activation.validation.last-name", result);
			String first = required(firstNames, "firstNames", "activation.validation.first-names", result);
			LocalDate birth = birthDate(result, today);
			MemberNumber number = null;
			try {
				number = MemberNumber.parse(memberNumber);
			}
			catch (InvalidValueException e) {
				result.rejectValue("memberNumber", e.messageKey());
			}
			return result.hasErrors() ? null : new Identification(last, first, birth, number);
		}

		private @Nullable LocalDate birthDate(BindingResult result, LocalDate today) {
			if (birthDate == null || birthDate.isBlank()) {
				result.rejectValue("birthDate", "activation.validation.birth-date.required");
				return null;
			}
			for (DateTimeFormatter format : DATE_FORMATS) {
				try {
					LocalDate date = LocalDate.parse(birthDate.strip(), format);
					if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) {
						break;
					}
					return date;
				}
				catch (DateTimeParseException e) {
					// try the next format
				}
			}
			result.rejectValue("birthDate", "activation.validation.birth-date.invalid");
			return null;
		}

		@Override
		public String toString() {
			return "IdentificationForm[***]";
		}
	}

	record Identification(String lastName, String firstNames, LocalDate birthDate, MemberNumber memberNumber) {

		@Override
		public String toString() {
			return "Identification[***]";
		}
	}

	/** Step 2: where to reach the member; the e-mail becomes the login. */
	record ContactForm(@Nullable String email, @Nullable String phone) {

		static ContactForm empty() {
			return new ContactForm("", "");
		}

		@SuppressWarnings("NullAway") // a part is null only when the result holds its
										// error, and then so is the whole
		@Nullable Contact validate(BindingResult result) {
			EmailAddress address = null;
			PhoneNumber number = null;
			try {
				address = EmailAddress.of(email);
			}
			catch (InvalidValueException e) {
				result.rejectValue("email", e.messageKey());
			}
			if (phone != null && !phone.isBlank()) {
				try {
					number = PhoneNumber.parse(phone);
				}
				catch (InvalidValueException e) {
					result.rejectValue("phone", e.messageKey());
				}
			}
			return result.hasErrors() ? null : new Contact(address, number);
		}

		@Override
		public String toString() {
			return "ContactForm[***]";
		}
	}

	record Contact(EmailAddress email, @Nullable PhoneNumber phone) {
	}

	/**
	 * Step 3: the password, its confirmation and the consent to the login account's
	 * creation.
	 */
	record PasswordForm(
			@NotBlank(message = "{identity.validation.required}") @Size(max = 1024,
					message = "{identity.validation.too-long}") String password,
			@NotBlank(message = "{identity.validation.required}") @Size(max = 1024,
					message = "{identity.validation.too-long}") String confirmation,
			@Nullable Boolean consent) {

		static PasswordForm empty() {
			return new PasswordForm("", "", null);
		}

		boolean consentGiven() {
			return Boolean.TRUE.equals(consent);
		}

		@Override
		public String toString() {
			return "PasswordForm[********, consent=" + consent + "]";
		}
	}

	private static @Nullable String required(@Nullable String value, String field, String key, BindingResult result) {
		if (value == null || value.isBlank()) {
			result.rejectValue(field, key);
			return null;
		}
		if (value.length() > MAX_NAME) {
			result.rejectValue(field, "activation.validation.too-long");
			return null;
		}
		return value.strip();
	}

}
