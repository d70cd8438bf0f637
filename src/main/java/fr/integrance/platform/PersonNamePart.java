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
 * A form's constraint: one part of a {@link PersonName} (a last name, first names, a
 * birth name) as the value object accepts it ({@link PersonName#isValidPart(String)}), so
 * that what a form lets through is never refused later when the name is built. Null and
 * empty are valid: pair with {@code @NotBlank} where the part is required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = PersonNamePart.Validator.class)
public @interface PersonNamePart {

	String message() default "{person-name.part.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PersonNamePart, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || PersonName.isValidPart(value);
		}

	}

}
