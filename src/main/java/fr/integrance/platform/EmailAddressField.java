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

import org.jspecify.annotations.Nullable;

/**
 * An e-mail address the platform's {@link EmailAddress} accepts: the form checks the rule
 * the domain applies later, so that an address a form let through is never refused after
 * it ({@code a@b.c} used to pass a form's pattern and fail the value object). Null and
 * blank are valid: pair with {@code @NotBlank} where the address is required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = EmailAddressField.Validator.class)
public @interface EmailAddressField {

	String message() default "{email.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EmailAddressField, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || InvalidValueException.passes(() -> EmailAddress.of(value));
		}

	}

}
