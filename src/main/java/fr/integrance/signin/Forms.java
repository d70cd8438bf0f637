package fr.integrance.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.ValueOf;

/** The forms of the sign-in pages: records with only the fields each page may set. */
final class Forms {

	/**
	 * Generous bound on what a form accepts; the policy gives the precise rule (128
	 * characters).
	 */
	static final int MAX_FIELD = 1024;

	private Forms() {
	}

	record CodeForm(@NotBlank(message = "{identity.validation.required}") @Size(max = 40,
			message = "{identity.validation.too-long}") String code) {

		@Override
		public String toString() {
			return "CodeForm[code=***]";
		}
	}

	record ForgotPasswordForm(@NotBlank(message = "{identity.validation.required}") @ValueOf(value = EmailAddress.class,
			message = "{identity.validation.email}") String email) {

		@Override
		public String toString() {
			return "ForgotPasswordForm[email=***]";
		}
	}

	record NewPasswordForm(
			@NotBlank(message = "{identity.validation.required}") @Size(max = MAX_FIELD,
					message = "{identity.validation.too-long}") String password,
			@NotBlank(message = "{identity.validation.required}") @Size(max = MAX_FIELD,
					message = "{identity.validation.too-long}") String confirmation) {

		static NewPasswordForm empty() {
			return new NewPasswordForm("", "");
		}

		@Override
		public String toString() {
			return "NewPasswordForm[********]";
		}
	}

	record PasswordChangeForm(
			@NotBlank(message = "{identity.validation.required}") @Size(max = MAX_FIELD,
					message = "{identity.validation.too-long}") String currentPassword,
			@NotBlank(message = "{identity.validation.required}") @Size(max = MAX_FIELD,
					message = "{identity.validation.too-long}") String password,
			@NotBlank(message = "{identity.validation.required}") @Size(max = MAX_FIELD,
					message = "{identity.validation.too-long}") String confirmation) {

		static PasswordChangeForm empty() {
			return new PasswordChangeForm("", "", "");
		}

		@Override
		public String toString() {
			return "PasswordChangeForm[********]";
		}
	}

}
