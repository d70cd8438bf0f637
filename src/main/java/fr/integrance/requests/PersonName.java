package fr.integrance.requests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A name as people write it on a form: letters (accents included), with spaces, hyphens
 * and apostrophes (straight or typographic) between them, at most 100 characters. Null is
 * valid (pair with {@code @NotBlank} where the name is required).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = PersonName.Validator.class)
public @interface PersonName {

	String message() default "{intake.validation.person-name}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	int MAX_LENGTH = 100;

	class Validator implements ConstraintValidator<PersonName, String> {

		private static final Pattern NAME = Pattern
			.compile("\\p{L}[\\p{L}\\p{M}]*(?:[ '’-]+\\p{L}[\\p{L}\\p{M}]*)*\\.?");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || value.length() <= MAX_LENGTH && NAME.matcher(value).matches();
		}

	}

}
