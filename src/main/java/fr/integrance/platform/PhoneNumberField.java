package fr.integrance.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A telephone number the platform's {@link PhoneNumber} accepts (libphonenumber): French
 * without country code ({@code 06 12 34 56 78}, overseas departments included), foreign
 * with it ({@code +44 20 7946 0958}). A refused number gets the value object's own
 * message ({@code phone.invalid} of the {@code i18n/values} bundle). Null and blank are
 * valid: pair with {@code @NotBlank} where the number is required. Forms keep what was
 * typed; {@link PhoneNumber#parse(String)} gives the form to store.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = PhoneNumberField.Validator.class)
public @interface PhoneNumberField {

	String message() default "{phone.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PhoneNumberField, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				PhoneNumber.parse(value);
				return true;
			}
			catch (InvalidValueException ex) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + ex.messageKey() + "}").addConstraintViolation();
				return false;
			}
		}

	}

}
